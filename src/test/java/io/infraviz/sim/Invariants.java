package io.infraviz.sim;

import io.infraviz.analysis.RunSummary;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after any run: every request ends exactly once; no write is served by a Replica;
 * a Replica is never ahead of its Primary; the summary's counts add up.
 */
public final class Invariants implements SimulationListener {
    private final Simulation sim;
    private final Set<Long> ended = new HashSet<>();
    /** When each database was last re-seeded (made a Replica again), to judge the writes it served before. */
    private final Map<String, Long> reseededAt = new HashMap<>();

    public Invariants(Simulation sim) {
        this.sim = sim;
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.Reseeded r) {
            reseededAt.put(r.database(), r.timeUs());
        }
        if (event instanceof SimEvent.RequestCompleted rc) {
            RequestResult r = rc.result();
            assertThat(ended.add(r.index())).as("request %d ended twice", r.index()).isTrue();
            // A Primary re-seeded as a Replica after serving the write was still the Primary then.
            boolean reseededSince = reseededAt.getOrDefault(r.database(), -1L) >= r.startUs();
            // A Replica takes a write only as an errant one (read_only off, the app's writes pointed at it).
            if (r.kind() == RequestKind.WRITE && !r.database().isEmpty() && !reseededSince
                    && sim.databases().node(r.database()).role() == DbRole.REPLICA) {
                assertThat(sim.databases().errantWrites()).as("write %d served by the Replica %s", r.index(), r.database())
                        .isPositive();
            }
            assertThat(r.endUs()).isGreaterThanOrEqualTo(r.startUs());
        }
        replicasNotAhead();
    }

    /**
     * What must hold between any two steps of the engine: a Replica never commits a write itself
     * (a write served by a Replica would), and is never ahead of its Primary.
     */
    void afterStep() {
        for (DatabaseNode n : sim.databases().nodes()) {
            if (n.role() == DbRole.REPLICA && n.committed() != 0) {
                throw new AssertionError("the Replica " + n.id() + " committed " + n.committed() + " writes at " + sim.now());
            }
        }
        replicasNotAhead();
    }

    private void replicasNotAhead() {
        for (DatabaseNode n : sim.databases().nodes()) {
            if (n.role() == DbRole.REPLICA && n.source() != null) {
                assertThat(n.applied()).as("%s applied", n.id()).isLessThanOrEqualTo(n.received());
                assertThat(n.received()).as("%s received vs its Primary", n.id()).isLessThanOrEqualTo(n.source().committed());
            }
        }
    }

    void checkAfterRun(long requests, RunSummary s) {
        assertThat(ended).as("every request ends exactly once").hasSize((int) requests);
        assertThat(s.requests()).isEqualTo(requests);
        assertThat(s.byOutcome().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(requests);
        assertThat(s.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(requests);
        assertThat(s.byBackend().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(requests);
        assertThat(s.ownWriteStale()).as("read-backs that missed their write, summary vs counters")
                .isEqualTo(sim.counters().ownWriteStale());
        assertThat(s.staleReads()).as("stale reads, summary vs counters").isEqualTo(sim.counters().staleReads());
        replicasNotAhead();
    }
}
