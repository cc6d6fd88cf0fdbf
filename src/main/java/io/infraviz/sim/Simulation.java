package io.infraviz.sim;

import io.infraviz.engine.Engine;
import io.infraviz.engine.SeededRandom;
import io.infraviz.model.Backend;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.LbMode;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.fault.Fault;
import io.infraviz.sim.fault.FaultTargets;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.lb.BackendPool;
import io.infraviz.sim.lb.BackendServer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The running infrastructure: the facade that the command line, the tests and the window use.
 * Deterministic: the same topology, settings, seed and actions give the same run. Plain Java,
 * single-threaded: call it from one thread at a time (the UI calls it on the EDT).
 */
public final class Simulation implements FaultTargets, SimulationView {
    final Engine engine = new Engine();
    final SeededRandom random;
    final Topology topology;
    SimulationSettings settings;

    final List<HostState> hosts = new ArrayList<>();
    final List<ComponentState> components = new ArrayList<>();
    final Map<String, ComponentState> componentById = new HashMap<>();
    final Map<String, Network.LinkState> linkById = new HashMap<>();
    final Network network;
    final InFlight inFlight = new InFlight();
    final AppServerState[] appServers;
    /** The application servers each web server proxies to (its upstream), by component index. */
    final AppServerState[][] upstreams;
    /** Nginx's round-robin position in its upstream, by component index. */
    final int[] upstreamCursor;
    /** The app files each application server reads its code from, by component index (null if none). */
    final ComponentState[] filesOf;
    final List<ClientState> clients = new ArrayList<>();
    final ComponentState users;
    final ComponentState dns;
    final ComponentState entry;
    /** Every HAProxy of the topology, and by component index (null where none). */
    final List<Balancer> balancers = new ArrayList<>();
    final Balancer[] balancerAt;
    final VirtualIp vip;
    final ComponentState[] serverWeb;
    final DatabaseCluster cluster;
    final Map<DatabaseNode, ComponentState> dbComponent = new HashMap<>();

    final RequestFlow requests;
    final ReplicationFlow replication;
    final FaultInjector faults;
    final TrafficGenerator traffic;
    final SecurityFlow security;
    final MonitoringFlow monitoring;
    final RunCounters counters;
    private final List<SimulationListener> listeners = new ArrayList<>();
    private long watchedRequest = -1;
    private Consumer<Request> watcher;

    /**
     * Builds the simulation at time 0 with everything running. Health checks start at once;
     * traffic starts with {@link #startTraffic(long)}.
     */
    public Simulation(Topology topology, SimulationSettings settings, long seed) {
        this.topology = topology;
        this.settings = settings;
        this.random = new SeededRandom(seed);
        Map<String, HostState> hostById = new HashMap<>();
        for (Host h : topology.hosts()) {
            HostState hs = new HostState(h, hosts.size());
            hosts.add(hs);
            hostById.put(h.id(), hs);
        }
        for (Component c : topology.components()) {
            ComponentState cs = new ComponentState(c, components.size(), c.hostId() == null ? null : hostById.get(c.hostId()));
            components.add(cs);
            componentById.put(c.id(), cs);
        }
        List<Network.LinkState> links = new ArrayList<>();
        for (Link l : topology.links()) {
            Network.LinkState ls = new Network.LinkState(l, componentById.get(l.from()), componentById.get(l.to()));
            links.add(ls);
            linkById.put(l.id(), ls);
        }
        this.network = new Network(components, links, settings.timings(), this::firewallFiltering);
        this.appServers = new AppServerState[components.size()];
        for (ComponentState c : components) {
            if (c.component.role() == Role.APP_SERVER) {
                appServers[c.index] = new AppServerState(c, components.size());
            }
        }
        this.upstreams = new AppServerState[components.size()][];
        this.upstreamCursor = new int[components.size()];
        this.filesOf = new ComponentState[components.size()];
        for (ComponentState c : components) {
            upstreams[c.index] = topology.targets(c.id(), LinkPurpose.HTTP).stream()
                    .map(t -> appServers[componentById.get(t.id()).index]).filter(a -> a != null)
                    .toArray(AppServerState[]::new);
            List<Component> files = topology.targets(c.id(), LinkPurpose.FILES);
            if (!files.isEmpty()) {
                filesOf[c.index] = componentById.get(files.get(0).id());
            }
        }
        topology.clients().forEach(cl -> clients.add(new ClientState(cl)));
        this.users = first(Role.CLIENT);
        this.dns = first(Role.DNS);
        this.entry = componentById.get(topology.entryPoint());
        List<Backend> backends = topology.backends();
        this.serverWeb = new ComponentState[backends.size()];
        for (int i = 0; i < backends.size(); i++) {
            serverWeb[i] = componentById.get(backends.get(i).componentId());
        }
        this.balancerAt = new Balancer[components.size()];
        for (ComponentState c : components) {
            if (c.component.role() == Role.LOAD_BALANCER) {
                List<BackendServer> servers = new ArrayList<>();
                for (int i = 0; i < backends.size(); i++) {
                    Backend b = backends.get(i);
                    servers.add(new BackendServer(b.name(), i, isBackup(b, i), weightOf(b)));
                }
                Balancer b = new Balancer(this, c, new BackendPool(servers, settings.lb().algorithm(), settings.lb().allBackups()));
                balancers.add(b);
                balancerAt[c.index] = b;
            }
        }
        if (entry.component.role() == Role.VIRTUAL_IP) {
            List<Balancer> pair = new ArrayList<>();
            for (Component t : topology.targets(entry.id(), LinkPurpose.HTTP)) {
                Balancer b = balancerAt[componentById.get(t.id()).index];
                if (b != null) {
                    pair.add(b);
                }
            }
            if (pair.isEmpty()) {
                throw new IllegalArgumentException("the virtual IP " + entry.id() + " has no load balancer behind it");
            }
            this.vip = new VirtualIp(this, entry, pair);
        } else {
            this.vip = null;
        }

        List<String> dbIds = topology.componentsWithRole(Role.DATABASE).stream().map(Component::id).toList();
        this.cluster = new DatabaseCluster(dbIds, topology.primaryDatabase(), settings.db().records());
        for (DatabaseNode n : cluster.nodes()) {
            dbComponent.put(n, componentById.get(n.id()));
        }

        this.counters = new RunCounters(hosts, components);
        this.requests = new RequestFlow(this);
        this.replication = new ReplicationFlow(this);
        this.faults = new FaultInjector(this);
        this.traffic = new TrafficGenerator(this);
        this.security = new SecurityFlow(this);
        this.monitoring = new MonitoringFlow(this);
        balancers.forEach(b -> b.checker.start());
        security.settingsChanged();
    }

    /**
     * The application server Nginx sends the next request to: round robin over its upstream
     * (one server in most stages), or null when it proxies to none.
     */
    AppServerState nextUpstream(ComponentState web) {
        AppServerState[] ups = upstreams[web.index];
        if (ups.length == 0) {
            return null;
        }
        return ups[upstreamCursor[web.index]++ % ups.length];
    }

    /** The application server after {@code current} in Nginx's upstream (where a refused request is retried). */
    AppServerState upstreamAfter(ComponentState web, AppServerState current) {
        AppServerState[] ups = upstreams[web.index];
        for (int i = 0; i < ups.length; i++) {
            if (ups[i] == current) {
                return ups[(i + 1) % ups.length];
            }
        }
        return ups[0];
    }

    /** The HAProxy users reach now: the virtual IP's holder, or the only one; null without a load balancer. */
    Balancer activeBalancer() {
        if (vip != null) {
            return vip.holder();
        }
        return balancers.isEmpty() ? null : balancers.get(0);
    }

    /** True when a host's firewall filters now: firewalls are on and its firewall component (if it has one) runs. */
    boolean firewallFiltering(HostState h) {
        if (!settings.security().firewalls()) {
            return false;
        }
        for (ComponentState c : components) {
            if (c.host == h && c.component.role() == Role.FIREWALL) {
                return c.running();
            }
        }
        return true;
    }

    private ComponentState first(Role role) {
        return components.stream().filter(c -> c.component.role() == role).findFirst().orElse(null);
    }

    private boolean isBackup(Backend b, int index) {
        return b.backup() || (settings.lb().mode() == LbMode.ACTIVE_PASSIVE && index > 0);
    }

    private int weightOf(Backend b) {
        return settings.lb().weights().getOrDefault(b.name(), b.weight());
    }

    // ---- driving ---------------------------------------------------------------------------

    /** Current simulated time in microseconds. */
    public long now() {
        return engine.now();
    }

    /** Events run so far (a measure of work done). */
    public long eventsRun() {
        return engine.eventsRun();
    }

    /** Time of the next event, or {@link Long#MAX_VALUE}. */
    public long nextEventTime() {
        return engine.peekTime();
    }

    /** Runs one event (one hop of one traveller, a check, a fault...). */
    public boolean step() {
        return engine.step();
    }

    /** Runs everything up to {@code timeUs}. */
    public void runUntil(long timeUs) {
        engine.runUntil(timeUs);
    }

    /** Runs up to {@code timeUs} or until {@code maxEvents} have run; true when it got there. */
    public boolean runUntil(long timeUs, long maxEvents) {
        return engine.runUntil(timeUs, maxEvents);
    }

    /**
     * Starts the users' traffic now.
     *
     * @param limit how many requests to send in all, or -1 for no limit
     */
    public void startTraffic(long limit) {
        traffic.start(limit);
    }

    /** True once every request of a limited run has been answered (or given up). */
    public boolean trafficDone() {
        return traffic.done();
    }

    /** Requests sent so far. */
    public long requestsSent() {
        return traffic.sent();
    }

    /**
     * Runs until the limited traffic is done and every scheduled fault has been applied; checks and
     * replication keep running during that time, and stop with it.
     */
    public void runToCompletion() {
        while (!(traffic.done() && faults.allScheduledApplied())) {
            if (!engine.step()) {
                break;
            }
        }
    }

    // ---- actions ---------------------------------------------------------------------------

    /**
     * Checks that a fault names something that exists and that the action applies to it.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public void validate(Fault fault) {
        faults.validate(fault);
    }

    /** Applies a fault now. Invalid ones throw; ones that cannot apply in the current state are reported as events. */
    public void apply(Fault fault) {
        faults.validate(fault);
        faults.apply(fault);
    }

    /**
     * Changes the settings from now on, as a configuration reload would: algorithm, mode,
     * checks, timeouts, traffic, read policy, capacity and timings. Requests in flight keep going.
     */
    public void changeSettings(SimulationSettings newSettings) {
        boolean wasMonitoring = settings.security().monitoring();
        if (newSettings.db().records() != settings.db().records()) {
            newSettings = newSettings.withDb(new io.infraviz.model.DatabaseSettings(newSettings.db().readPolicy(),
                    settings.db().records()));
        }
        this.settings = newSettings;
        network.setTimings(newSettings.timings());
        List<Backend> backends = topology.backends();
        for (Balancer b : balancers) {
            b.pool.configure(newSettings.lb().algorithm(), newSettings.lb().allBackups());
            for (int i = 0; i < backends.size(); i++) {
                b.pool.servers().get(i).configure(isBackup(backends.get(i), i), weightOf(backends.get(i)));
            }
        }
        security.settingsChanged();
        boolean monitoringTurnedOn = newSettings.security().monitoring() && !wasMonitoring;
        if (monitoringTurnedOn) {
            monitoring.settingsChanged();
        }
    }

    /** Changes the settings at a time (after every ordinary event of that time), as a replay of a person's change. */
    public void scheduleSettings(long atUs, SimulationSettings newSettings) {
        engine.scheduleLateAt(Math.max(atUs, engine.now()), () -> changeSettings(newSettings));
    }

    /** Schedules a fault at a time or before a request; validated at once. */
    public void schedule(ScheduledFault fault) {
        faults.validate(fault.fault());
        faults.schedule(fault);
    }

    public void addListener(SimulationListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SimulationListener listener) {
        listeners.remove(listener);
    }

    /**
     * Calls {@code onHop} at the start of every hop of one request (for a view that follows it);
     * only reads the request, so the run is the same whether it is watched or not.
     *
     * @param index the request's number (it may not be sent yet), or -1 to stop watching
     */
    public void watchRequest(long index, Consumer<Request> onHop) {
        this.watchedRequest = index;
        this.watcher = index < 0 ? null : onHop;
    }

    private void hopStarted(Traveller t) {
        if (watcher != null && t instanceof Request r && r.index == watchedRequest) {
            watcher.accept(r);
        }
    }

    void emit(SimEvent event) {
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).onEvent(event);
        }
    }

    // ---- read-only views ------------------------------------------------------------------

    public Topology topology() {
        return topology;
    }

    public SimulationSettings settings() {
        return settings;
    }

    /** Travellers currently in flight. */
    public int inFlightCount() {
        return inFlight.size();
    }

    /**
     * The traveller at position {@code i} (0 to {@link #inFlightCount()} - 1); positions change
     * as the simulation runs, so read them all in one go without running it.
     */
    public Traveller inFlight(int i) {
        return inFlight.get(i);
    }

    /** Visits every traveller in flight; do not keep references beyond the call. */
    public void forEachInFlight(Consumer<? super Traveller> action) {
        inFlight.forEach(action);
    }

    /** The running state of a component. */
    public ComponentStatus status(String componentId) {
        ComponentState c = componentById.get(componentId);
        if (c == null) {
            throw new IllegalArgumentException("unknown component '" + componentId + "'");
        }
        return c.status();
    }

    /** True when the host is down as a whole. */
    public boolean hostDown(String hostId) {
        return hosts.stream().anyMatch(h -> h.host.id().equals(hostId) && h.down);
    }

    /** True when the link is cut. */
    public boolean linkCut(String linkId) {
        Network.LinkState l = linkById.get(linkId);
        return l != null && l.cut;
    }

    // What the fault rules read (FaultTargets): the faults on each part as they are now.

    @Override
    public boolean killed(String componentId) {
        return componentById.get(componentId).killed;
    }

    @Override
    public boolean hung(String componentId) {
        return componentById.get(componentId).hung;
    }

    @Override
    public boolean erroring(String componentId) {
        return componentById.get(componentId).erroring;
    }

    @Override
    public boolean replica(String databaseId) {
        return cluster.node(databaseId).role() == DbRole.REPLICA;
    }

    @Override
    public boolean promoting(String databaseId) {
        return replication.promoting(cluster.node(databaseId));
    }

    @Override
    public String writerDatabase() {
        return cluster.writer().id();
    }

    /** The load balancer's servers (read their state; do not change them). */
    public List<BackendServer> backendServers() {
        Balancer b = activeBalancer();
        return b == null ? List.of() : b.pool.servers();
    }

    /** The load balancer users reach now (the virtual IP's holder), or null without one. */
    public String activeLoadBalancer() {
        Balancer b = activeBalancer();
        return b == null ? null : b.component.id();
    }

    /** HAProxy's words for a server's state, e.g. "going down 2/3". */
    public String healthLabel(BackendServer server) {
        return server.label(settings.lb().fall(), settings.lb().rise());
    }

    /** Served, failed, stale and lost totals per server and database since the run started (read only). */
    public RunCounters counters() {
        return counters;
    }

    /** The databases and their replication state (read only). */
    public DatabaseCluster databases() {
        return cluster;
    }

    /** What the eavesdropper and the attacker got so far. */
    public record SecurityCounts(long plaintextSeen, long ciphertextSeen, long attacksSucceeded, long attacksBlocked) {
    }

    public SecurityCounts securityCounts() {
        return new SecurityCounts(security.plaintextSeen(), security.ciphertextSeen(), security.attacksSucceeded(),
                security.attacksBlocked());
    }

    /** The monitoring service's alerts so far, oldest first. */
    public List<SimEvent.Alert> alerts() {
        return List.copyOf(monitoring.alerts());
    }

    /** Since when a component or host has been down (µs), or -1 when it is not down. */
    public long downSince(String id) {
        return monitoring.downSince(id);
    }

    /** True when the monitoring service is watching (on, and itself running). */
    public boolean monitored() {
        return monitoring.active();
    }

    /** Requests waiting for a worker at an application server. */
    public int queueLength(String appId) {
        AppServerState a = appServer(appId);
        return a == null ? 0 : a.queue.size();
    }

    /** Workers busy at an application server. */
    public int busyWorkers(String appId) {
        AppServerState a = appServer(appId);
        return a == null ? 0 : a.busy;
    }

    private AppServerState appServer(String id) {
        ComponentState c = componentById.get(id);
        return c == null ? null : appServers[c.index];
    }

    /** Ids of everything currently not running normally (killed, hung, erroring, host down, cut). */
    public List<String> whatIsDown() {
        List<String> out = new ArrayList<>();
        for (HostState h : hosts) {
            if (h.down) {
                out.add(h.host.id());
            }
        }
        for (ComponentState c : components) {
            if ((c.killed || c.hung || c.erroring) && !c.hostDown()) {
                out.add(c.id());
            }
        }
        for (Network.LinkState l : linkById.values()) {
            if (l.cut) {
                out.add(l.link.id());
            }
        }
        Collections.sort(out);
        return out;
    }

    // ---- helpers for the flows -------------------------------------------------------------

    /** Puts a traveller on a hop from {@code from} to {@code to} lasting {@code duration}. */
    void move(Traveller t, ComponentState from, ComponentState to, long duration, int stage) {
        t.from = from;
        t.to = to;
        t.hopStart = engine.now();
        t.hopEnd = engine.now() + duration;
        t.stage = stage;
        t.pending = true;
        inFlight.add(t);
        engine.schedule(duration, t);
        hopStarted(t);
    }

    /** Keeps a traveller at a component for {@code duration} (being worked on, or waiting for a timeout). */
    void stay(Traveller t, ComponentState at, long duration, int stage) {
        move(t, at, at, duration, stage);
    }

    /** Leaves a traveller at a component that does not answer, until the component changes. */
    void stick(Traveller t, ComponentState at) {
        t.from = at;
        t.to = at;
        t.hopStart = engine.now();
        t.hopEnd = Long.MAX_VALUE;
        t.pending = false;
        inFlight.add(t);
        at.stuck.add(t);
        hopStarted(t);
    }

    /** Leaves a traveller waiting in a queue (no event until something takes it out). */
    void park(Traveller t, ComponentState at) {
        t.from = at;
        t.to = at;
        t.hopStart = engine.now();
        t.hopEnd = Long.MAX_VALUE;
        t.pending = false;
        inFlight.add(t);
        hopStarted(t);
    }

    /** Lets every traveller stuck at a component try again (it was healed, killed or revived). */
    void wake(ComponentState c) {
        if (c.stuck.isEmpty()) {
            return;
        }
        List<Traveller> waiting = new ArrayList<>(c.stuck);
        c.stuck.clear();
        for (Traveller t : waiting) {
            t.arrive();
        }
    }

    long jitter(long base) {
        return random.jitter(base, settings.timings().jitterPercent());
    }
}
