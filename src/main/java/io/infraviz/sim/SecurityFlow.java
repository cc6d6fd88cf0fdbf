package io.infraviz.sim;

import io.infraviz.model.RequestKind;
import io.infraviz.model.Role;

/**
 * What a stranger on the Internet sees and does. An eavesdropper on the users' link reads every
 * request that crosses it: in clear text without HTTPS (a login form, say), ciphertext with it. An
 * attacker, when present, tries MySQL (3306) and SSH (22) on every server once a second; a server's
 * firewall drops those connections, as the topology intends no link for them.
 */
final class SecurityFlow {
    private static final long ATTACK_EVERY = 1_000_000;

    private final Simulation sim;
    private long plaintextSeen;
    private long ciphertextSeen;
    private long attacksSucceeded;
    private long attacksBlocked;
    private boolean attacking;

    SecurityFlow(Simulation sim) {
        this.sim = sim;
    }

    /** A request is crossing the Internet link towards the site. */
    void requestOnTheInternet(Request r) {
        boolean readable = !https();
        if (readable) {
            plaintextSeen++;
        } else {
            ciphertextSeen++;
        }
        if (r.kind == RequestKind.WRITE) {
            String text = readable ? "POST /login HTTP/1.1  Host: " + sim.topology.domain() + "  user=" + r.client.client.name()
                    + "&password=" + r.client.client.name() + "2024" : "17 03 03 02 1a 9f 4c e1 ... (TLS)";
            sim.emit(new SimEvent.Eavesdropped(sim.engine.now(), text, readable));
        }
    }

    /** HTTPS is on when the settings say so (the secured stage sets it, --https overrides). */
    boolean https() {
        return sim.settings.security().https();
    }

    /** Starts or stops the attacker to follow the settings. */
    void settingsChanged() {
        if (sim.settings.security().attacker() && !attacking) {
            attacking = true;
            sim.engine.schedule(0, this::attack);
        }
    }

    private void attack() {
        if (!sim.settings.security().attacker()) {
            attacking = false;
            return;
        }
        for (HostState h : sim.hosts) {
            tryPort(h, 3306, databaseOn(h));
            tryPort(h, 22, null);
        }
        sim.engine.schedule(ATTACK_EVERY, this::attack);
    }

    private ComponentState databaseOn(HostState h) {
        for (ComponentState c : sim.components) {
            if (c.host == h && c.component.role() == Role.DATABASE) {
                return c;
            }
        }
        return null;
    }

    /** SSH runs on every server (no component of ours); MySQL only where there is one. */
    private void tryPort(HostState h, int port, ComponentState target) {
        if (h.down || (port == 3306 && (target == null || !target.running()))) {
            return;
        }
        boolean blocked = sim.firewallFiltering(h);
        if (blocked) {
            attacksBlocked++;
        } else {
            attacksSucceeded++;
        }
        sim.emit(new SimEvent.AttackTried(sim.engine.now(), h.host.id(), port, blocked));
    }

    long plaintextSeen() {
        return plaintextSeen;
    }

    long ciphertextSeen() {
        return ciphertextSeen;
    }

    long attacksSucceeded() {
        return attacksSucceeded;
    }

    long attacksBlocked() {
        return attacksBlocked;
    }
}
