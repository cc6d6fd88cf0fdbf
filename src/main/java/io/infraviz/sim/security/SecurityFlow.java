package io.infraviz.sim.security;

import io.infraviz.engine.Engine;
import io.infraviz.engine.SimTime;
import io.infraviz.model.RequestKind;
import io.infraviz.model.Role;
import io.infraviz.sim.world.ClientState;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.HostState;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.World;

/**
 * What a stranger on the Internet sees and does. An eavesdropper on the users' link reads every
 * request that crosses it: in clear text without HTTPS (a login form, say), ciphertext with it. An
 * attacker, when present, tries MySQL (3306) and SSH (22) on every server once a second; a server's
 * firewall drops those connections, as the topology intends no link for them.
 */
public final class SecurityFlow {
    private static final long ATTACK_EVERY = SimTime.seconds(1);

    private final World world;
    private final Engine engine;
    private final SimulationListener events;
    private long plaintextSeen;
    private long ciphertextSeen;
    private long attacksSucceeded;
    private long attacksBlocked;
    private boolean attacking;

    public SecurityFlow(World world, Engine engine, SimulationListener events) {
        this.world = world;
        this.engine = engine;
        this.events = events;
    }

    /** A request of this kind from this client is crossing the Internet link towards the site. */
    public void requestOnTheInternet(RequestKind kind, ClientState from) {
        boolean readable = !https();
        if (readable) {
            plaintextSeen++;
        } else {
            ciphertextSeen++;
        }
        if (kind == RequestKind.WRITE) {
            String text = readable ? "POST /login HTTP/1.1  Host: " + world.topology().domain() + "  user=" + from.client().name()
                    + "&password=" + from.client().name() + "2024" : "17 03 03 02 1a 9f 4c e1 ... (TLS)";
            events.onEvent(new SimEvent.Eavesdropped(engine.now(), text, readable));
        }
    }

    /** HTTPS is on when the settings say so (the secured stage sets it, --https overrides). */
    boolean https() {
        return world.settings().security().https();
    }

    /** Starts or stops the attacker to follow the settings. */
    public void settingsChanged() {
        if (world.settings().security().attacker() && !attacking) {
            attacking = true;
            engine.schedule(0, this::attack);
        }
    }

    private void attack() {
        if (!world.settings().security().attacker()) {
            attacking = false;
            return;
        }
        for (HostState h : world.hosts()) {
            tryPort(h, 3306, world.onHost(h, Role.DATABASE));
            tryPort(h, 22, null);
        }
        engine.schedule(ATTACK_EVERY, this::attack);
    }

    /** SSH runs on every server (no component of ours); MySQL only where there is one. */
    private void tryPort(HostState h, int port, ComponentState target) {
        if (h.down() || (port == 3306 && (target == null || !target.running()))) {
            return;
        }
        boolean blocked = world.firewallFiltering(h);
        if (blocked) {
            attacksBlocked++;
        } else {
            attacksSucceeded++;
        }
        events.onEvent(new SimEvent.AttackTried(engine.now(), h.host().id(), port, blocked));
    }

    /** Requests the eavesdropper read in clear text so far. */
    public long plaintextSeen() {
        return plaintextSeen;
    }

    /** Requests the eavesdropper saw only as ciphertext so far. */
    public long ciphertextSeen() {
        return ciphertextSeen;
    }

    /** Attacks that reached a server so far. */
    public long attacksSucceeded() {
        return attacksSucceeded;
    }

    /** Attacks a firewall dropped so far. */
    public long attacksBlocked() {
        return attacksBlocked;
    }
}
