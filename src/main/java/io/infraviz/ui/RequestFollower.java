package io.infraviz.ui;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Role;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.request.Request;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * Follows one request through the infrastructure: slows the run to a quarter of real time, tells
 * each hop in plain words ("Request #42 (read): lb-01.haproxy → web-02.nginx (round robin chose
 * web-02)") and ends with its result, then puts the speed back. The hops come from the
 * simulation itself ({@link Simulation#watchRequest}), so none is missed between two frames.
 * Keeps only what it has told (the path so far), never a copy of the simulation's state.
 */
public final class RequestFollower {
    /** How fast the run goes while a request is followed: slow enough to read every hop. */
    public static final double FOLLOW_SPEED = 0.25;

    private SimulationView sim;
    private long index = -1;
    private final List<String> path = new ArrayList<>();
    private final List<int[]> hops = new ArrayList<>();
    private final List<String> untold = new ArrayList<>();
    private Consumer<String> narrator = s -> { };
    private DoubleSupplier speed;
    private DoubleConsumer setSpeed;
    private double speedBefore = -1;
    private String kind = "";
    private String backendTold;
    private boolean failureTold;

    /** Where the narration goes (the event log). */
    public void setNarrator(Consumer<String> narrator) {
        this.narrator = narrator == null ? s -> { } : narrator;
    }

    /** How the follower slows the run and restores it (the driver's speed). */
    public void useSpeed(DoubleSupplier get, DoubleConsumer set) {
        this.speed = get;
        this.setSpeed = set;
    }

    /** Follows the next request the users send. */
    public void followNextRequest() {
        if (sim != null) {
            follow(sim.requestsSent());
        }
    }

    /** Follows the request with this number (in flight, or still to be sent). */
    public void follow(long requestIndex) {
        if (sim == null) {
            return;
        }
        boolean wasFollowing = following();
        clear();
        index = requestIndex;
        sim.watchRequest(index, this::hopStarted);
        if (!wasFollowing && speed != null) {
            speedBefore = speed.getAsDouble();
            setSpeed.accept(FOLLOW_SPEED);
        }
        untold.add("Following request #" + index + (index >= sim.requestsSent() ? " (the next one sent)" : "")
                + ": the run slows to " + FOLLOW_SPEED + "×");
    }

    /** Stops following and puts the speed back. */
    public void stop() {
        if (!following()) {
            return;
        }
        if (sim != null) {
            sim.watchRequest(-1, null);
        }
        index = -1;
        if (speedBefore > 0 && setSpeed != null) {
            setSpeed.accept(speedBefore);
        }
        speedBefore = -1;
    }

    public boolean following() {
        return index >= 0;
    }

    /** The followed request's number, or -1. */
    public long followedIndex() {
        return index;
    }

    /** The hops taken so far, as component index pairs (from, to), for the highlight. */
    List<int[]> hops() {
        return hops;
    }

    private void clear() {
        path.clear();
        hops.clear();
        backendTold = null;
        failureTold = false;
        kind = "";
    }

    /** Called by the simulation at the start of each of the request's hops. */
    private void hopStarted(Request r) {
        kind = r.requestKind().code();
        String head = "Request #" + r.index() + " (" + kind + "): ";
        String from = r.fromId();
        String to = r.toId();
        if (path.isEmpty()) {
            path.add(from);
        }
        if (!from.equals(to)) {
            path.add(to);
            hops.add(new int[] {r.fromIndex(), r.toIndex()});
            untold.add(head + from + " → " + to + choice(r, from) + note(r, from, to));
        } else if (r.waiting()) {
            untold.add(head + "waits at " + to + ": no answer yet");
        } else if (r.hopEndUs() > r.hopStartUs()) {
            untold.add(head + "worked on at " + to + " for " + SimTime.human(r.hopEndUs() - r.hopStartUs()));
        }
        if (r.failure() != null && !failureTold) {
            failureTold = true;
            untold.add(head + "fails at " + to + ": " + r.failureReason());
        }
    }

    /** A few words on what a hop is for, where it is not obvious from the names. */
    private String note(Request r, String from, String to) {
        Role toRole = sim.topology().component(to).map(c -> c.role()).orElse(null);
        Role fromRole = sim.topology().component(from).map(c -> c.role()).orElse(null);
        if (toRole == Role.DNS) {
            return " (looks up the site's address)";
        }
        if (toRole == Role.DATABASE) {
            return r.requestKind() == io.infraviz.model.RequestKind.WRITE ? " (a write: only the Primary may take it)" : " (the query)";
        }
        if (fromRole == Role.DATABASE && r.servedStale()) {
            return " (old data: a stale read)";
        }
        return "";
    }

    /** "(round robin chose web-02)" when the load balancer has just chosen (or chosen again on a retry). */
    private String choice(Request r, String from) {
        String backend = r.backendName();
        boolean fromLb = sim.topology().component(from).map(c -> c.role() == Role.LOAD_BALANCER).orElse(false);
        if (backend == null || !fromLb || backend.equals(backendTold)) {
            return "";
        }
        boolean retry = backendTold != null;
        backendTold = backend;
        return " (" + (retry ? "retried on " + backend : sim.settings().lb().algorithm().title().toLowerCase()
                + " chose " + backend) + ")";
    }

    /** Tells what happened since the last frame; ends with the result when the request is over. */
    void frame(SimulationView simulation, List<SimEvent> events, boolean rebuilt) {
        if (rebuilt || simulation != sim) {
            // A reset, a new stage or a jump in time: the followed request belongs to the run that ended.
            stop();
            sim = simulation;
        }
        if (!following()) {
            flush();
            return;
        }
        for (SimEvent e : events) {
            if (e instanceof SimEvent.RequestCompleted rc && rc.result().index() == index) {
                flush();
                narrator.accept(ending(rc.result()));
                stop();
                return;
            }
        }
        flush();
    }

    private String ending(RequestResult r) {
        String route = String.join(" → ", path);
        String result = r.outcome().succeeded()
                ? r.outcome().title() + (r.backend().isEmpty() ? "" : " from " + r.backend())
                : "failed at " + r.failedAt() + ": " + r.reason() + " (" + r.outcome().title() + ")";
        return "Request #" + r.index() + " (" + r.kind().code() + ") done: " + route + " — " + result + " in "
                + SimTime.human(r.latencyUs());
    }

    private void flush() {
        for (String line : untold) {
            narrator.accept(line);
        }
        untold.clear();
    }
}
