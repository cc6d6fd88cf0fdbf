package io.infraviz.sim.net;

import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one rule of every firewall in the design, used by the engine's network and by the generated
 * {@code ufw.sh}: a filtering firewall on a host lets a connection in when it comes from the same
 * host, or when a link of the topology joins its two ends (links are undirected for reachability);
 * it drops everything else that comes from another host or the Internet.
 */
public final class FirewallRule {
    private FirewallRule() {
    }

    /**
     * Whether a filtering firewall on host {@code toHost} lets in a connection from {@code fromHost}.
     *
     * @param linked   a link of the topology joins the two components
     * @param fromHost the sending component's host index, negative on the Internet
     * @param toHost   the receiving component's host index, negative on the Internet (no firewall)
     */
    public static boolean letsIn(boolean linked, int fromHost, int toHost) {
        return linked || toHost < 0 || fromHost == toHost;
    }

    /** A connection the rule lets into a host: the link, its end on the host and its end elsewhere. */
    public record Crossing(Link link, Component inside, Component outside) {
    }

    /** Every connection a filtering firewall on {@code hostId} lets in from elsewhere, in link order. */
    public static List<Crossing> intendedInto(Topology topology, String hostId) {
        List<Crossing> out = new ArrayList<>();
        for (Link l : topology.links()) {
            Component from = topology.component(l.from()).orElseThrow();
            Component to = topology.component(l.to()).orElseThrow();
            // Either end may be the one on the host: the rule does not look at who opens.
            if (hostId.equals(to.hostId()) && !Objects.equals(from.hostId(), hostId)) {
                out.add(new Crossing(l, to, from));
            }
            if (hostId.equals(from.hostId()) && !Objects.equals(to.hostId(), hostId)) {
                out.add(new Crossing(l, from, to));
            }
        }
        return out;
    }
}
