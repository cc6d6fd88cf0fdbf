package io.infraviz.sim;

import io.infraviz.engine.Engine;
import io.infraviz.model.Fault;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.fault.FaultInjector;
import io.infraviz.sim.fault.FaultTargets;
import io.infraviz.sim.fault.RunFaults;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.lb.Balancer;
import io.infraviz.sim.lb.LoadBalancers;
import io.infraviz.sim.monitoring.MonitoringFlow;
import io.infraviz.sim.request.Request;
import io.infraviz.sim.request.RequestFlow;
import io.infraviz.sim.request.RunCounters;
import io.infraviz.sim.request.TrafficGenerator;
import io.infraviz.sim.security.SecurityFlow;
import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.AppWorkers;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.ComponentStatus;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.Travel;
import io.infraviz.sim.world.Traveller;
import io.infraviz.sim.world.World;
import io.infraviz.sim.world.WorldBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The running infrastructure: the facade that the command line, the tests and the window use.
 * Deterministic: the same topology, settings, seed and actions give the same run. Plain Java,
 * single-threaded: call it from one thread at a time (the UI calls it on the EDT).
 */
public final class Simulation implements SimulationView {
    private final Engine engine = new Engine();
    private final World world;
    private final Databases databases;
    private final Travel travel = new Travel(engine);
    private final List<SimulationListener> listeners = new ArrayList<>();
    private final SimulationListener events = this::emit;
    private final RunCounters counters;
    private final LoadBalancers balancers;
    private final FaultInjector faults;
    private final FaultTargets faultTargets;
    private final TrafficGenerator traffic;
    private final SecurityFlow security;
    private final MonitoringFlow monitoring;
    private final ReplicationFlow replication;

    /**
     * Builds the simulation at time 0 with everything running. Health checks start at once;
     * traffic starts with {@link #startTraffic(long)}.
     */
    public Simulation(Topology topology, SimulationSettings settings, long seed) {
        this.world = WorldBuilder.build(topology, settings, seed);
        this.databases = new Databases(world);
        this.counters = new RunCounters(world.hosts(), world.components());
        AppWorkers workers = new AppWorkers(world, travel);
        this.balancers = new LoadBalancers(world, engine, travel, workers, events);
        this.security = new SecurityFlow(world, engine, events);
        this.monitoring = new MonitoringFlow(world, engine, events);
        this.replication = new ReplicationFlow(world, databases, engine, travel, counters::writesLost, events);
        this.faultTargets = new RunFaults(world, databases, replication);
        RequestFlow requests = new RequestFlow(world, databases, engine, travel, workers, balancers, security, replication,
                monitoring, counters, events, this::answered);
        this.faults = new FaultInjector(world, databases, faultTargets, engine, travel, workers, balancers, replication, monitoring, events);
        this.traffic = new TrafficGenerator(world, engine, requests, faults::beforeRequest);
        balancers.all().forEach(b -> b.checker().start());
        security.settingsChanged();
    }

    /** A request's answer reached its client: the users may send the next one. */
    private void answered(Request r) {
        traffic.completed(r);
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
        SimulationSettings settings = world.settings();
        boolean wasMonitoring = settings.security().monitoring();
        if (newSettings.db().records() != settings.db().records()) {
            newSettings = newSettings.withDb(newSettings.db().withRecords(settings.db().records()));
        }
        world.setSettings(newSettings);
        databases.cluster().setReplicasReadOnly(newSettings.db().readOnly());
        balancers.configure(newSettings.lb());
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
        travel.watch(index < 0 ? null : t -> {
            if (t instanceof Request r && r.index() == index) {
                onHop.accept(r);
            }
        });
    }

    private void emit(SimEvent event) {
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).onEvent(event);
        }
    }

    // ---- read-only views ------------------------------------------------------------------

    public Topology topology() {
        return world.topology();
    }

    public SimulationSettings settings() {
        return world.settings();
    }

    /** Travellers currently in flight. */
    public int inFlightCount() {
        return travel.inFlight().size();
    }

    /**
     * The traveller at position {@code i} (0 to {@link #inFlightCount()} - 1); positions change
     * as the simulation runs, so read them all in one go without running it.
     */
    public Traveller inFlight(int i) {
        return travel.inFlight().get(i);
    }

    /** Visits every traveller in flight; do not keep references beyond the call. */
    public void forEachInFlight(Consumer<? super Traveller> action) {
        travel.inFlight().forEach(action);
    }

    /** The running state of a component. */
    public ComponentStatus status(String componentId) {
        ComponentState c = world.component(componentId);
        if (c == null) {
            throw new IllegalArgumentException("unknown component '" + componentId + "'");
        }
        return c.status();
    }

    /** True when the host is down as a whole. */
    public boolean hostDown(String hostId) {
        return faultTargets.hostDown(hostId);
    }

    /** True when the link is cut. */
    public boolean linkCut(String linkId) {
        return faultTargets.linkCut(linkId);
    }

    /** The faults on each part now, as {@link io.infraviz.sim.fault.FaultRules} reads them. */
    public FaultTargets faultTargets() {
        return faultTargets;
    }

    /** The load balancer's servers (read their state; do not change them). */
    public List<BackendServer> backendServers() {
        Balancer b = balancers.active();
        return b == null ? List.of() : b.pool().servers();
    }

    /** The load balancer users reach now (the virtual IP's holder), or null without one. */
    public String activeLoadBalancer() {
        Balancer b = balancers.active();
        return b == null ? null : b.component().id();
    }

    /** HAProxy's words for a server's state, e.g. "going down 2/3". */
    public String healthLabel(BackendServer server) {
        return server.label(world.settings().lb().fall(), world.settings().lb().rise());
    }

    /** Served, failed, stale and lost totals per server and database since the run started (read only). */
    public RunCounters counters() {
        return counters;
    }

    /** The databases and their replication state (read only). */
    public DatabaseCluster databases() {
        return databases.cluster();
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
        AppServerState a = world.appServer(appId);
        return a == null ? 0 : a.queueLength();
    }

    /** Workers busy at an application server. */
    public int busyWorkers(String appId) {
        AppServerState a = world.appServer(appId);
        return a == null ? 0 : a.busy();
    }

    /** Ids of everything currently not running normally (killed, hung, erroring, host down, cut). */
    public List<String> whatIsDown() {
        return world.downIds();
    }
}
