package io.infraviz.sim;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.world.RequestResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that land where they should not. MariaDB's documentation: read_only is OFF by default;
 * with it ON a write from an ordinary account fails with error 1290 (ER_OPTION_PREVENTS_STATEMENT,
 * "The MariaDB server is running with the --read-only option so it cannot execute this
 * statement"); with it OFF a Replica executes the write like any server, and its data no longer
 * matches its Primary's. A Primary that comes back after a promotion is a server with read_only
 * off: whoever still writes to it is acknowledged.
 */
class StrayWritesTest {

    private static List<RequestResult> writesAfter(Lab lab, long timeUs) {
        return lab.results().stream().filter(r -> r.kind() == RequestKind.WRITE && r.startUs() > timeUs).toList();
    }

    @Test
    void writesPointedAtAReadOnlyReplicaFailWith1290() {
        Lab lab = Lab.of(Lab.realistic()).event("2000:point-writes:web-02.mysql").run(100);
        List<RequestResult> writes = writesAfter(lab, 2000 * MS);
        assertThat(writes).hasSizeGreaterThan(5).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SERVER_ERROR);
            assertThat(r.dbError()).isEqualTo(1290);
            assertThat(r.reason()).isEqualTo("the write reached web-02.mysql, which runs with read_only on: ERROR 1290 (HY000): "
                    + "The MariaDB server is running with the --read-only option so it cannot execute this statement");
        });
        assertThat(lab.summary.byError()).containsEntry("1290", (long) writes.size());
        assertThat(lab.sim.databases().errantWrites()).isZero();
    }

    @Test
    void withReadOnlyOffTheReplicaSilentlyAcceptsErrantWritesAndDiverges() {
        SimulationSettings s = Lab.realistic();
        Lab lab = Lab.of(s.withDb(s.db().withReadOnly(false))).event("2000:point-writes:web-02.mysql").run(100);
        List<RequestResult> writes = writesAfter(lab, 2000 * MS);
        assertThat(writes).hasSizeGreaterThan(5).allMatch(r -> r.outcome().succeeded() && r.database().equals("web-02.mysql"));
        assertThat(lab.sim.databases().errantWrites()).isEqualTo(writes.size());
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        assertThat(replica.divergedWrites()).isEqualTo(writes.size());
        assertThat(lab.sim.databases().node("web-01.mysql").committed()).as("the Primary never got them")
                .isEqualTo(writesAfter(lab, 0).size() - writes.size());
        assertThat(lab.summary.byError()).isEmpty();
    }

    @Test
    void writesToTheRevivedOldPrimaryAreSplitBrainWritesAndAReseedLosesThem() {
        Lab lab = Lab.of(Lab.realistic()).event("2000:kill:web-01.mysql").event("3000:promote:web-02.mysql")
                .event("4000:revive:web-01.mysql").event("5000:point-writes:web-01.mysql")
                .event("9000:point-writes:web-02.mysql").event("9500:reseed:web-01.mysql").run(120);
        long splitBrain = lab.results().stream().filter(r -> r.kind() == RequestKind.WRITE && r.outcome().succeeded())
                .filter(r -> r.database().equals("web-01.mysql") && r.startUs() > 5000 * MS).count();
        assertThat(splitBrain).isGreaterThan(3);
        assertThat(lab.sim.databases().splitBrainWrites()).isEqualTo(splitBrain);
        long lostAtPromotion = lab.events.stream().filter(e -> e instanceof io.infraviz.sim.world.SimEvent.Promoted)
                .mapToLong(e -> ((io.infraviz.sim.world.SimEvent.Promoted) e).lostWrites()).sum();
        assertThat(lab.sim.databases().lostWrites()).as("the re-seed discards the acknowledged split-brain writes")
                .isEqualTo(lostAtPromotion + splitBrain);
        assertThat(lab.sim.counters().lostWrites()).isEqualTo(lostAtPromotion + splitBrain);
        // The re-seed copies the Primary's 8 records, each about as long as applying one write (0.5 ms here).
        long reseededAt = lab.events.stream().filter(e -> e instanceof io.infraviz.sim.world.SimEvent.Reseeded)
                .findFirst().orElseThrow().timeUs();
        assertThat(reseededAt).isEqualTo(9500 * MS + 8 * lab.sim.settings().timings().replicationApply());
    }
}
