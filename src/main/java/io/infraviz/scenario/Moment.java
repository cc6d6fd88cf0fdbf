package io.infraviz.scenario;

import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;

import java.util.ArrayList;
import java.util.List;

/**
 * A moment of a run, as everything needed to recompute it: the topology, the settings the run
 * started with, the seed, what the person did and when, and the time. The engine is
 * deterministic, so {@link #replay()} gives back exactly that moment; this is how the timeline
 * goes back in time and how an exported PNG is opened again.
 *
 * @param actions in the order they were taken
 */
public record Moment(Topology topology, SimulationSettings settings, long seed, List<Action> actions, long timeUs) {

    /**
     * Something the person did at a time: a fault (e.g. {@code kill:web-02}) or new settings.
     * Exactly one of {@code fault} and {@code newSettings} is set.
     */
    public record Action(long atUs, String fault, SimulationSettings newSettings) {
        public static Action fault(long atUs, Fault f) {
            return new Action(atUs, f.action().code() + ":" + f.target(), null);
        }

        public static Action settings(long atUs, SimulationSettings s) {
            return new Action(atUs, null, s);
        }

        /** The fault, parsed; throws IllegalArgumentException if it is malformed. */
        public Fault parsedFault() {
            String[] parts = fault.split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + fault + "' is not ACTION:ID");
            }
            FaultAction a = FaultAction.fromCode(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("unknown action '" + parts[0] + "' in '" + fault + "'"));
            return new Fault(a, parts[1]);
        }
    }

    public Moment {
        actions = List.copyOf(actions);
    }

    /**
     * Builds the simulation, schedules every action at its time, starts unlimited traffic and
     * runs to {@code timeUs}.
     *
     * @throws IllegalArgumentException when an action names something the topology lacks
     */
    public Simulation replay() {
        Simulation sim = start();
        sim.runUntil(timeUs);
        return sim;
    }

    /** Builds the simulation with every action scheduled and traffic started, at time 0. */
    public Simulation start() {
        Simulation sim = new Simulation(topology, settings, seed);
        for (Action a : actions) {
            if (a.fault() != null) {
                sim.schedule(ScheduledFault.at(a.atUs(), a.parsedFault()));
            } else {
                sim.scheduleSettings(a.atUs(), a.newSettings());
            }
        }
        sim.startTraffic(-1);
        return sim;
    }

    /** The same run at another time. */
    public Moment at(long newTimeUs) {
        return new Moment(topology, settings, seed, actions, newTimeUs);
    }

    /** The actions taken up to {@code t} (inclusive): what a run resumed from {@code t} keeps. */
    public Moment truncatedAt(long t) {
        return keeping(a -> a.atUs() <= t, t);
    }

    /** The actions taken strictly before {@code t}: the run as it was just before anything done at {@code t}. */
    public Moment before(long t) {
        return keeping(a -> a.atUs() < t, t);
    }

    private Moment keeping(java.util.function.Predicate<Action> kept, long t) {
        return new Moment(topology, settings, seed, actions.stream().filter(kept).toList(), t);
    }

    /** With one more action. */
    public Moment with(Action a) {
        List<Action> all = new ArrayList<>(actions);
        all.add(a);
        return new Moment(topology, settings, seed, all, Math.max(timeUs, a.atUs()));
    }
}
