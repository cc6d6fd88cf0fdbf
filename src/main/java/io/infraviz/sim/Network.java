package io.infraviz.sim;

import io.infraviz.model.Timings;

import java.util.List;

/**
 * Who can reach whom, and how long one hop takes: a hop between two components on the same host
 * is local, a hop to or from the Internet is an Internet hop, anything else crosses the LAN.
 */
final class Network {
    private final LinkState[][] between;
    private Timings timings;
    private final java.util.function.Predicate<HostState> firewalled;

    /**
     * @param firewalled whether a host's firewall is filtering now: it then drops every connection
     *                   from another host or the Internet that no link of the topology intends
     */
    Network(List<ComponentState> components, List<LinkState> links, Timings timings,
            java.util.function.Predicate<HostState> firewalled) {
        int n = components.size();
        this.between = new LinkState[n][n];
        this.timings = timings;
        this.firewalled = firewalled;
        for (LinkState l : links) {
            between[l.from().index()][l.to().index()] = l;
            between[l.to().index()][l.from().index()] = l;
        }
    }

    void setTimings(Timings newTimings) {
        this.timings = newTimings;
    }

    /** What a connection from {@code from} to {@code to} meets right now. */
    Reach reach(ComponentState from, ComponentState to) {
        LinkState link = between[from.index()][to.index()];
        if ((link != null && link.cut()) || to.hostDown() || from.hostDown()) {
            return Reach.UNREACHABLE;
        }
        if (link == null && to.host() != null && to.host() != from.host() && firewalled.test(to.host())) {
            return Reach.UNREACHABLE;
        }
        if (to.killed()) {
            return Reach.REFUSED;
        }
        if (to.hung()) {
            return to.stuckCount() >= ComponentState.BACKLOG ? Reach.UNREACHABLE : Reach.HUNG;
        }
        return to.erroring() ? Reach.ERRORING : Reach.OK;
    }

    /** One-way travel time between two components, in microseconds. */
    long hop(ComponentState a, ComponentState b) {
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

    /** The link state joining two components, or null. */
    LinkState link(ComponentState a, ComponentState b) {
        return between[a.index()][b.index()];
    }
}
