package io.infraviz.cli;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Limits;
import io.infraviz.model.Topology;
import io.infraviz.sim.fault.FaultRules;
import io.infraviz.sim.fault.ScheduledFault;

/** One {@code --event}: read, checked against the topology, the run's length and {@link Limits}. */
final class EventOption {
    private EventOption() {
    }

    /**
     * The fault {@code text} schedules in a run of {@code requests} requests on {@code topology}.
     *
     * @throws UsageException naming the event and what is wrong with it
     */
    static ScheduledFault parse(String text, Topology topology, long requests) {
        ScheduledFault f;
        try {
            f = ScheduledFault.parse(text);
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--event " + ex.getMessage());
        }
        try {
            FaultRules.check(topology, f.fault());
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--event '" + text + "': " + ex.getMessage());
        }
        if (f.timed() && f.atMicros() > SimTime.ms(Limits.MAX_TIME_MS)) {
            throw new UsageException("--event '" + text + "': the time must be at most " + Limits.MAX_TIME_WORDS);
        }
        if (!f.timed() && f.beforeIndex() >= requests) {
            String sent = requests == 0 ? "none" : "0 to " + (requests - 1);
            throw new UsageException("--event '" + text + "': request " + f.beforeIndex() + " is never sent (--requests "
                    + requests + " sends " + sent + ")");
        }
        return f;
    }
}
