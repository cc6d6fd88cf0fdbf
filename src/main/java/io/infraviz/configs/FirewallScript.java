package io.infraviz.configs;

import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.sim.net.FirewallRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code ufw.sh} of one host: the engine's firewall rule ({@link FirewallRule}) written for ufw.
 * Every link that reaches the host from elsewhere opens the port of its listening end, from the
 * other end's host (from anywhere for the Internet); SSH only from the admin's address; the rest
 * of incoming traffic is denied. Replies and outgoing connections pass (ufw is stateful).
 */
final class FirewallScript {
    static final String FILE = "ufw.sh";
    /** The multicast address VRRP adverts are sent to (RFC 5798). */
    private static final String VRRP_GROUP = "224.0.0.18";

    private FirewallScript() {
    }

    static String path(Host h) {
        return h.id() + "/" + FILE;
    }

    static ConfigFile of(Design d, Host h) {
        FileText f = new FileText("#");
        f.line("#!/usr/bin/env bash")
                .note("Firewall of " + h.id() + " (" + h.ip() + "), made by InfraViz from the design \"" + d.topology().name() + "\":")
                .note("only the connections the diagram draws get in. Run as root: ADMIN_IP=<your address> bash " + FILE)
                .note("Check: ufw status numbered")
                .line("set -euo pipefail")
                .note("The address you administer the servers from: the only one allowed to SSH in")
                .line("ADMIN_IP=\"${ADMIN_IP:?set ADMIN_IP to the address you connect from, e.g. ADMIN_IP=198.51.100.7 bash " + FILE + "}\"")
                .blank()
                .line("ufw --force reset")
                .line("ufw default deny incoming")
                .line("ufw default allow outgoing")
                .line("ufw allow from \"$ADMIN_IP\" to any port " + Ports.SSH + " proto tcp comment 'SSH from the admin'");
        for (Map.Entry<String, List<String>> rule : rules(d, h).entrySet()) {
            String[] about = rule.getValue().toArray(String[]::new);
            f.line("ufw allow " + rule.getKey() + " proto tcp comment '" + String.join(", ", describe(rule.getValue())) + "'", about);
        }
        vrrp(f, d, h);
        f.line("ufw --force enable")
                .line("ufw status verbose");
        // The host's firewall component, when the design draws one, owns the script.
        String owner = h.componentIds().stream().filter(id -> d.component(id).role() == Role.FIREWALL).findFirst().orElse(null);
        return f.file(path(h), owner);
    }

    /**
     * keepalived's adverts between the load balancers sharing a virtual IP: not a connection the
     * diagram draws, but without them each would think the other dead and both would hold the address.
     */
    private static void vrrp(FileText f, Design d, Host h) {
        List<Component> pair = d.vipPair();
        for (Component mine : pair) {
            if (!h.id().equals(mine.hostId())) {
                continue;
            }
            f.note("VRRP adverts (keepalived) from the other load balancers of the virtual IP, to VRRP's multicast address");
            for (Component other : pair) {
                if (!other.equals(mine)) {
                    f.line("ufw allow from " + d.ip(other) + " to " + VRRP_GROUP + " comment 'VRRP from " + other.id() + "'",
                            mine.id(), other.id());
                }
            }
        }
    }

    /** "from SOURCE to any port P" for each connection the rule lets in, with the components on this host it reaches. */
    private static Map<String, List<String>> rules(Design d, Host h) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (FirewallRule.Crossing c : FirewallRule.intendedInto(d.topology(), h.id())) {
            Component in = c.inside();
            // The end that listens: the one a link points to, and either database of a replication link
            // (after a promotion the Replica's source is the other one).
            boolean listens = c.link().to().equals(in.id()) || c.link().purpose() == LinkPurpose.REPLICATION;
            OptionalInt port = Ports.of(in.role());
            if (!listens || port.isEmpty()) {
                continue;
            }
            String from = c.outside().onHost() ? d.ip(c.outside()) : "any";
            List<Integer> ports = new ArrayList<>(List.of(port.getAsInt()));
            if (d.terminatesTls(in)) {
                ports.add(Ports.HTTPS);
            }
            for (int p : ports) {
                List<String> ids = rules.computeIfAbsent("from " + from + " to any port " + p, k -> new ArrayList<>());
                if (!ids.contains(in.id())) {
                    ids.add(in.id());
                }
                ids.add(c.outside().id());
            }
        }
        return rules;
    }

    /** The rule's comment: what connects to what. */
    private static List<String> describe(List<String> ids) {
        List<String> words = new ArrayList<>();
        String target = ids.get(0);
        for (String other : ids.subList(1, ids.size())) {
            words.add(other + " to " + target);
        }
        return words;
    }
}
