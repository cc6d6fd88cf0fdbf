package io.infraviz.analysis;

import io.infraviz.model.Component;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Host;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Preset;
import io.infraviz.model.RequestKind;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Timings;
import io.infraviz.model.Topology;
import io.infraviz.model.TrafficSettings;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.world.SimEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The issues panel's findings for a topology (README, "Lessons": the Issues tab): its single points of failure, its
 * security gaps and its monitoring gap.
 *
 * <p>The single points of failure are <em>measured</em>, never listed by hand: for every host and
 * every component (except the users) a fresh simulation kills that one thing at time 0, sends
 * light traffic (one request every {@value #INTERVAL_MS} ms, half reads, half writes, fixed seed),
 * waits until the load balancer's health checks have settled and the clients' DNS answers have
 * expired, then looks at the requests sent during a {@value #WINDOW_MS} ms window:
 * <ul>
 *   <li>reads (writes) are <b>down</b> when at most {@value #DOWN_SHARE_PERCENT} % of them succeed;</li>
 *   <li>a thing is a single point of failure <b>for all traffic</b> when reads and writes are both down,
 *       <b>for writes</b> when writes are down and reads are not, <b>for reads</b> when reads are down and
 *       writes are not.</li>
 * </ul>
 * A kind of request that already fails with nothing broken (a baseline run) is never blamed on
 * anything.
 *
 * <p>Listing rule: a host and its components are judged separately, and every one that qualifies
 * is listed, so a host whose failure matters only because of one of its components appears with
 * that component (e.g. {@code web-01, web-01.mysql}: losing the machine loses the Primary). Ids
 * come in the topology's order, a host just before its first component.
 *
 * <p>The trials use timings chosen to make them quick, not the caller's: the realistic preset's
 * hops, health checks every {@value #INTER_MS} ms (fall 3, rise 2), a DNS TTL of
 * {@value #DNS_TTL_MS} ms and short timeouts (HAProxy connects within 500 ms, the application
 * to MySQL within 50 ms, browsers wait 5 s), so that a dead machine cannot pile light traffic up
 * into an overload and each trial takes milliseconds. They keep what decides where traffic goes:
 * the load balancer's algorithm, mode, retries and redispatch, the read policy, the capacity and
 * the firewalls.
 */
public final class IssuesAnalysis {

    /**
     * What the issues panel lists.
     *
     * @param spofAll    ids whose failure alone stops (almost) every request
     * @param spofWrites ids whose failure alone stops every write while reads go on
     * @param spofReads  ids whose failure alone stops every read while writes go on
     * @param security   one sentence per security gap
     * @param monitoring one sentence per monitoring gap
     */
    public record Issues(List<String> spofAll, List<String> spofWrites, List<String> spofReads,
                         List<String> security, List<String> monitoring) {
        public Issues {
            spofAll = List.copyOf(spofAll);
            spofWrites = List.copyOf(spofWrites);
            spofReads = List.copyOf(spofReads);
            security = List.copyOf(security);
            monitoring = List.copyOf(monitoring);
        }
    }

    /** What one single failure did to the requests of the measuring window. */
    record Trial(String target, long reads, long readsOk, long writes, long writesOk) {
        boolean readsDown() {
            return down(reads, readsOk);
        }

        boolean writesDown() {
            return down(writes, writesOk);
        }

        private static boolean down(long total, long ok) {
            return total > 0 && ok * 100 <= total * DOWN_SHARE_PERCENT;
        }
    }

    static final long SEED = 1;
    static final int INTERVAL_MS = 20;
    static final int WINDOW_MS = 2000;
    static final int DOWN_SHARE_PERCENT = 5;
    static final int INTER_MS = 500;
    static final int DNS_TTL_MS = 1000;
    private static final long MS = 1000;
    private static final double WRITE_SHARE = 0.5;
    /** How long after the window a request may still take before it counts as failed. */
    private static final long GRACE_US = 10_000 * MS;

    static final String NO_HTTPS = "No HTTPS: traffic between users and the %s is readable";
    static final String NO_MONITORING = "No monitoring: a component can die and nobody is told";

    private IssuesAnalysis() {
    }

    /**
     * The issues of a topology with the security it has built in: HTTPS when the topology says so,
     * a firewall on each host that has a firewall component, monitoring when there is a monitoring
     * service.
     */
    public static Issues of(Topology topology, SimulationSettings settings) {
        boolean monitoring = !topology.componentsWithRole(Role.MONITORING_SERVICE).isEmpty();
        List<Host> unprotected = topology.hosts().stream().filter(h -> !hasRole(topology, h, Role.FIREWALL)).toList();
        boolean firewalls = unprotected.size() < topology.hosts().size();
        SimulationSettings s = settings.withSecurity(settings.security().withHttps(topology.https())
                .withFirewalls(firewalls).withMonitoring(monitoring));
        return analyse(topology, s, topology.https(), unprotected, monitoring);
    }

    /**
     * The issues of a topology with the security switched on or off as given (as the command line's
     * {@code --https}, {@code --firewall} and {@code --monitoring} do): {@code firewalls} puts a
     * firewall on every host, as the engine does.
     */
    public static Issues of(Topology topology, SimulationSettings settings, boolean https, boolean firewalls,
                            boolean monitoring) {
        SimulationSettings s = settings.withSecurity(settings.security().withHttps(https).withFirewalls(firewalls)
                .withMonitoring(monitoring));
        return analyse(topology, s, https, firewalls ? List.of() : topology.hosts(), monitoring);
    }

    private static Issues analyse(Topology topology, SimulationSettings settings, boolean https,
                                  List<Host> unprotected, boolean monitoring) {
        List<String> all = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        SimulationSettings quick = trialSettings(settings);
        Trial baseline = trial(topology, quick, null);
        boolean readsWork = !baseline.readsDown();
        boolean writesWork = !baseline.writesDown();
        for (String target : targets(topology)) {
            Trial t = trial(topology, quick, target);
            boolean readsBroken = readsWork && t.readsDown();
            boolean writesBroken = writesWork && t.writesDown();
            if (readsBroken && writesBroken) {
                all.add(target);
            } else if (writesBroken && !t.readsDown()) {
                writes.add(target);
            } else if (readsBroken && !t.writesDown()) {
                reads.add(target);
            }
        }
        return new Issues(all, writes, reads, security(topology, https, unprotected),
                monitoring ? List.of() : List.of(NO_MONITORING));
    }

    /** Every host and every component but the users, in topology order, a host just before its first component. */
    static List<String> targets(Topology topology) {
        Set<String> out = new LinkedHashSet<>();
        for (Component c : topology.components()) {
            if (c.role() == Role.CLIENT) {
                continue;
            }
            if (c.hostId() != null) {
                out.add(c.hostId());
            }
            out.add(c.id());
        }
        topology.hosts().forEach(h -> out.add(h.id()));
        return List.copyOf(out);
    }

    /** The caller's settings with quick, short timings for the trials. */
    static SimulationSettings trialSettings(SimulationSettings s) {
        LbSettings lb = s.lb().withChecks(INTER_MS, 3, 2).withTimeouts(500, 5000);
        TrafficSettings traffic = new TrafficSettings(INTERVAL_MS * MS, false, WRITE_SHARE);
        return s.withTimings(shortTimings()).withLb(lb).withTraffic(traffic)
                .withSecurity(s.security().withAttacker(false));
    }

    /**
     * The realistic preset's timings with a short DNS TTL and short timeouts: a dead machine's
     * MySQL then costs the application 50 ms per write, not 3 s, so light traffic never piles up
     * behind it and the trial measures the failure, not an overload.
     */
    static Timings shortTimings() {
        return Preset.REALISTIC.settings().timings().withDnsTtl(DNS_TTL_MS * MS)
                .withTimeouts(1000 * MS, 5000 * MS, 50 * MS, 5000 * MS);
    }

    /** When the window starts: health checks have marked a dead server DOWN and DNS answers have expired. */
    static long settleUs(SimulationSettings quick) {
        LbSettings lb = quick.lb();
        long checks = (long) lb.interMs() * (2L * lb.fall() + 2) * MS;
        return Math.max(2 * quick.timings().dnsTtl(), checks) + 500 * MS;
    }

    /** Kills {@code target} (nothing when null) at time 0 and counts what the window's requests did. */
    static Trial trial(Topology topology, SimulationSettings quick, String target) {
        Simulation sim = new Simulation(topology, quick, SEED);
        if (target != null) {
            sim.schedule(ScheduledFault.at(0, new Fault(FaultAction.KILL, target)));
        }
        long from = settleUs(quick);
        long to = from + WINDOW_MS * MS;
        long interval = quick.traffic().intervalMicros();
        long expected = (to - 1) / interval - (from + interval - 1) / interval + 1;
        long[] counts = new long[5]; // reads, reads ok, writes, writes ok, answered
        sim.addListener(e -> {
            if (e instanceof SimEvent.RequestCompleted rc) {
                var r = rc.result();
                if (r.startUs() < from || r.startUs() >= to) {
                    return;
                }
                int base = r.kind() == RequestKind.READ ? 0 : 2;
                counts[base]++;
                if (r.outcome().succeeded()) {
                    counts[base + 1]++;
                }
                counts[4]++;
            }
        });
        sim.startTraffic((to - 1) / interval + 1);
        sim.runUntil(to);
        long cap = to + GRACE_US;
        while (counts[4] < expected && sim.now() < cap && sim.nextEventTime() != Long.MAX_VALUE) {
            sim.runUntil(Math.min(cap, sim.now() + 100 * MS));
        }
        // Every wait is bounded by the short timeouts, so all of them are normally answered by now.
        // One still unanswered after the grace period is a failure of a kind we cannot see yet:
        // it counts as a failed read and a failed write.
        long missing = Math.max(0, expected - counts[4]);
        return new Trial(target == null ? "" : target, counts[0] + missing, counts[1], counts[2] + missing, counts[3]);
    }

    private static List<String> security(Topology topology, boolean https, List<Host> unprotected) {
        List<String> out = new ArrayList<>();
        if (!https) {
            String front = topology.component(topology.entryPoint()).map(c -> c.role().title()).orElse("server");
            out.add(String.format(NO_HTTPS, front.toLowerCase(java.util.Locale.ROOT)));
        }
        for (Host h : unprotected) {
            String ports = hasRole(topology, h, Role.DATABASE) ? "MySQL (3306) and SSH (22)" : "SSH (22)";
            out.add("No firewall on " + h.id() + ": anyone on the Internet can reach its " + ports);
        }
        return out;
    }

    private static boolean hasRole(Topology topology, Host h, Role role) {
        return h.componentIds().stream().anyMatch(id -> topology.component(id).map(c -> c.role() == role).orElse(false));
    }
}
