package io.infraviz.sim.net;

import io.infraviz.model.Timings;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Who can reach whom, and how long one hop takes: a hop between two components on the same host
 * is local, a hop to or from the Internet is an Internet hop, anything else crosses the LAN.
 */
public final class Network {
    private final Wire[][] between;
    private Timings timings;
    private final IntPredicate firewalled;

    /**
     * @param components how many components the topology has
     * @param firewalled whether a host's firewall (by host index) is filtering now: it then drops every
     *                   connection from another host or the Internet that no link of the topology intends
     *                   ({@link FirewallRule}, which the generated ufw.sh writes out too)
     */
    public Network(int components, List<? extends Wire> links, Timings timings, IntPredicate firewalled) {
        int n = components;
        this.between = new Wire[n][n];
        this.timings = timings;
        this.firewalled = firewalled;
        for (Wire l : links) {
            between[l.from().index()][l.to().index()] = l;
            between[l.to().index()][l.from().index()] = l;
        }
    }

    public void setTimings(Timings newTimings) {
        this.timings = newTimings;
    }

    /** What a connection from {@code from} to {@code to} meets right now. */
    public Reach reach(Endpoint from, Endpoint to) {
        Wire link = between[from.index()][to.index()];
        if ((link != null && link.cut()) || to.hostDown() || from.hostDown()) {
            return Reach.UNREACHABLE;
        }
        if (!FirewallRule.letsIn(link != null, from.hostIndex(), to.hostIndex()) && firewalled.test(to.hostIndex())) {
            return Reach.UNREACHABLE;
        }
        if (to.killed()) {
            return Reach.REFUSED;
        }
        if (to.hung()) {
            return to.stuckCount() >= Endpoint.BACKLOG ? Reach.UNREACHABLE : Reach.HUNG;
        }
        return to.erroring() ? Reach.ERRORING : Reach.OK;
    }

    /** One-way travel time between two components, in microseconds. */
    public long hop(Endpoint a, Endpoint b) {
        if (a == b) {
            return 0;
        }
        int ha = a.hostIndex();
        int hb = b.hostIndex();
        if (ha < 0 || hb < 0) {
            // At least one end is on the Internet (users, DNS, a virtual IP's address).
            return timings.internetHop();
        }
        return ha == hb ? timings.localHop() : timings.lanHop();
    }

    /** The link joining two components, or null. */
    public Wire link(Endpoint a, Endpoint b) {
        return between[a.index()][b.index()];
    }
}
