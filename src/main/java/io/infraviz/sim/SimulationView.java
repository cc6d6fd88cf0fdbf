package io.infraviz.sim;

import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.fault.FaultTargets;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.request.Request;
import io.infraviz.sim.request.RunCounters;
import io.infraviz.sim.world.ComponentStatus;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.Traveller;

import java.util.List;
import java.util.function.Consumer;

/**
 * A run as the views see it: the questions they ask of it, and no way to change it. Faults,
 * settings and time go through whoever drives the run (in the window, its driver), so that each
 * change is recorded and can be replayed.
 */
public interface SimulationView {
    /** Current simulated time in microseconds. */
    long now();

    Topology topology();

    SimulationSettings settings();

    /** Travellers currently in flight. */
    int inFlightCount();

    /** The traveller at position {@code i}; read them all in one go, as positions change as the run goes on. */
    Traveller inFlight(int i);

    /** The running state of a component. */
    ComponentStatus status(String componentId);

    /** True when the host is down as a whole. */
    boolean hostDown(String hostId);

    /** True when the link is cut. */
    boolean linkCut(String linkId);

    /** The load balancer's servers (read their state; do not change them). */
    List<BackendServer> backendServers();

    /** The load balancer users reach now, or null without one. */
    String activeLoadBalancer();

    /** HAProxy's words for a server's state, e.g. "going down 2/3". */
    String healthLabel(BackendServer server);

    /** Totals per server and database since the run started (read only). */
    RunCounters counters();

    /** The databases and their replication state (read only). */
    DatabaseCluster databases();

    /** What the eavesdropper and the attacker got so far. */
    Simulation.SecurityCounts securityCounts();

    /** The monitoring service's alerts so far, oldest first. */
    List<SimEvent.Alert> alerts();

    /** Since when a component or host has been down (µs), or -1 when it is not down. */
    long downSince(String id);

    /** True when the monitoring service is watching. */
    boolean monitored();

    /** Requests waiting for a worker at an application server. */
    int queueLength(String appId);

    /** Workers busy at an application server. */
    int busyWorkers(String appId);

    /** Ids of everything currently not running normally. */
    List<String> whatIsDown();

    /** Events the engine has run so far (a step runs exactly one). */
    long eventsRun();

    /** Requests sent so far. */
    long requestsSent();

    /**
     * Calls {@code onHop} at the start of every hop of one request (for a view that follows it);
     * it only watches: the run is the same whether a request is watched or not.
     *
     * @param index the request's number (it may not be sent yet), or -1 to stop watching
     */
    void watchRequest(long index, Consumer<Request> onHop);

    /** The faults on each part now, as {@link io.infraviz.sim.fault.FaultRules} reads them (read only). */
    FaultTargets faultTargets();

    /** Tells {@code listener} of everything the run does from now on; it only watches. */
    void addListener(io.infraviz.sim.world.SimulationListener listener);
}
