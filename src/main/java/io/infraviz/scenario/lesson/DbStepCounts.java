package io.infraviz.scenario.lesson;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * The database side of what happened since a step began: writes whose page missed the write,
 * failures per MySQL error, and the stray writes (errant, split-brain) accepted meanwhile.
 */
final class DbStepCounts {
    long ownWriteStale;
    private final Map<Integer, Long> errors = new HashMap<>();
    private long errantAtStart;
    private long splitBrainAtStart;

    void reset(SimulationView sim) {
        ownWriteStale = 0;
        errors.clear();
        errantAtStart = sim.databases().errantWrites();
        splitBrainAtStart = sim.databases().splitBrainWrites();
    }

    /** Counts a request sent since the step began ({@code sinceUs}). */
    void onEvent(SimEvent e, long sinceUs) {
        if (e instanceof SimEvent.RequestCompleted rc && rc.result().startUs() >= sinceUs) {
            RequestResult r = rc.result();
            if (r.kind() == RequestKind.WRITE && r.outcome() == Outcome.STALE) {
                ownWriteStale++;
            }
            if (r.dbError() != 0) {
                errors.merge(r.dbError(), 1L, Long::sum);
            }
        }
    }

    long failedWith(int mysqlError) {
        return errors.getOrDefault(mysqlError, 0L);
    }

    long errantWrites(SimulationView sim) {
        return sim.databases().errantWrites() - errantAtStart;
    }

    long splitBrainWrites(SimulationView sim) {
        return sim.databases().splitBrainWrites() - splitBrainAtStart;
    }
}
