package io.infraviz.sim;

import io.infraviz.model.CapacitySettings;
import io.infraviz.model.CheckType;
import io.infraviz.model.LbMode;
import io.infraviz.model.Outcome;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.RequestKind;
import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.world.ComponentStatus;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database rows of the fault table (split brain, re-seed, Replica down and catch-up, cut
 * replication link) and overload.
 */
class ReplicationFaultsTest {
    private static final long INTERNET = 10 * MS;

    @Test
    void revivedOldPrimaryComesBackWritableAndDivergedUntilReseeded() {
        SimulationSettings s = Lab.realistic();
        s = s.withDb(s.db().withReadPolicy(ReadPolicy.LOCAL));
        Lab lab = Lab.of(s).event("2000:cut:web-01.mysql->web-02.mysql").event("5000:kill:web-01.mysql")
                .event("6000:promote:web-02.mysql").event("8000:revive:web-01.mysql")
                .event("24000:heal:web-01.mysql->web-02.mysql").event("25000:reseed:web-01.mysql").run(300);
        long lost = lab.sim.databases().lostWrites();
        assertThat(lost).isGreaterThan(2);
        SimEvent.Reseeded reseeded = lab.events.stream().filter(e -> e instanceof SimEvent.Reseeded)
                .map(e -> (SimEvent.Reseeded) e).findFirst().orElseThrow();
        assertThat(reseeded.discarded()).as("the re-seed discards exactly the lost writes").isEqualTo(lost);
        assertThat(reseeded.primary()).isEqualTo("web-02.mysql");

        // Between revival and re-seed, web-01's app reads its local database again (once its
        // back-off of 10 s after the last failed connection is over): the diverged old Primary,
        // which holds writes the new Primary never got.
        List<RequestResult> splitBrainReads = lab.results().stream()
                .filter(r -> r.startUs() > 8100 * MS && r.startUs() < 25000 * MS)
                .filter(r -> r.kind() == RequestKind.READ && r.database().equals("web-01.mysql")).toList();
        assertThat(splitBrainReads).isNotEmpty();
        assertThat(splitBrainReads.stream().filter(r -> r.outcome() == Outcome.STALE)).isNotEmpty();

        DatabaseNode old = lab.sim.databases().node("web-01.mysql");
        assertThat(old.role()).isEqualTo(DbRole.REPLICA);
        assertThat(old.source().id()).isEqualTo("web-02.mysql");
        assertThat(old.divergedWrites()).isZero();
        assertThat(old.applied()).as("the rebuilt Replica follows the new Primary")
                .isEqualTo(lab.sim.databases().writer().committed());
        // After the re-seed every write goes to web-02.mysql and succeeds.
        lab.results().stream().filter(r -> r.kind() == RequestKind.WRITE && r.startUs() > 25000 * MS)
                .forEach(r -> assertThat(r.database()).isEqualTo("web-02.mysql"));
    }

    @Test
    void revivedOldPrimaryIsWritableAndHoldsTheLostWrites() {
        Lab lab = Lab.of(Lab.realistic()).event("2000:cut:web-01.mysql->web-02.mysql").event("5000:kill:web-01.mysql")
                .event("6000:promote:web-02.mysql").event("8000:revive:web-01.mysql").run(100);
        DatabaseNode old = lab.sim.databases().node("web-01.mysql");
        DatabaseNode primary = lab.sim.databases().writer();
        assertThat(primary.id()).isEqualTo("web-02.mysql");
        assertThat(old.role()).as("a revived MySQL Primary comes back writable").isEqualTo(DbRole.PRIMARY);
        assertThat(old.readOnly()).isFalse();
        assertThat(old.divergedWrites()).isEqualTo(lab.sim.databases().lostWrites()).isGreaterThan(0);
        boolean differs = false;
        for (int rec = 0; rec < old.records(); rec++) {
            differs |= old.value(rec) != primary.value(rec);
        }
        assertThat(differs).as("split brain: the two writable servers disagree").isTrue();
        assertThat(lab.sim.status("web-01.mysql")).isEqualTo(ComponentStatus.RUNNING);
    }

    @Test
    void deadReplicaSendsReadsToThePrimaryPausesReplicationThenCatchesUp() {
        SimulationSettings base = Lab.realistic();
        // A slow applier makes the catch-up visible: 20 ms a write.
        SimulationSettings s = base.withTimings(base.timings().withReplicationApply(20 * MS));
        Lab lab = Lab.of(s).event("3000:kill:web-02.mysql").event("10000:revive:web-02.mysql").run(160);
        for (RequestResult r : lab.results()) {
            long at = r.startUs() + INTERNET;
            if (r.kind() == RequestKind.READ && at > 3000 * MS && r.endUs() < 10000 * MS) {
                assertThat(r.outcome()).as("read %d", r.index()).isEqualTo(Outcome.FRESH);
                assertThat(r.database()).isEqualTo("web-01.mysql");
            }
        }
        long writesWhileDown = lab.results().stream()
                .filter(r -> r.kind() == RequestKind.WRITE && r.outcome().succeeded())
                .filter(r -> r.startUs() > 3000 * MS && r.startUs() < 10000 * MS).count();
        assertThat(writesWhileDown).isGreaterThan(5);
        SimEvent.ReplicaCaughtUp caughtUp = lab.events.stream().filter(e -> e instanceof SimEvent.ReplicaCaughtUp)
                .map(e -> (SimEvent.ReplicaCaughtUp) e).filter(e -> e.timeUs() > 10000 * MS).findFirst().orElseThrow();
        assertThat(caughtUp.timeUs() - 10000 * MS).as("applying the backlog at 20 ms a write")
                .isGreaterThanOrEqualTo(writesWhileDown * 20 * MS / 2);
        lab.sim.runUntil(lab.sim.now() + 1000 * MS);
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        assertThat(replica.applied()).isEqualTo(lab.sim.databases().writer().committed());
    }

    @Test
    void replicaLagShrinksWhileItCatchesUp() {
        SimulationSettings base = Lab.realistic();
        Lab lab = Lab.of(base.withTimings(base.timings().withReplicationApply(20 * MS)))
                .event("1000:kill:web-02.mysql").event("6000:revive:web-02.mysql");
        lab.sim.startTraffic(200);
        lab.sim.runUntil(5999 * MS);
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        long lagBefore = lab.sim.databases().lagMicros(replica, lab.sim.now());
        assertThat(lagBefore).as("lag grows while the Replica is down").isGreaterThan(4000 * MS);
        long previous = lagBefore;
        // Revived at 6 s, it reconnects at once; each write takes about 20 ms to apply (drawn around it),
        // so every 100 ms it has applied some and the lag is smaller.
        for (long t = 6100 * MS; t <= 6800 * MS; t += 100 * MS) {
            lab.sim.runUntil(t);
            long lag = lab.sim.databases().lagMicros(replica, t);
            assertThat(lag).as("lag at %d ms", t / MS).isLessThanOrEqualTo(previous);
            assertThat(lag == 0 || lag < previous).as("lag at %d ms shrinks until it is 0", t / MS).isTrue();
            previous = lag;
        }
        assertThat(previous).as("caught up").isZero();
    }

    @Test
    void cutReplicationLinkMakesReadsStaleButFailsNothing() {
        SimulationSettings s = Lab.realistic();
        Lab cut = Lab.of(s).event("1000:cut:web-01.mysql->web-02.mysql").run(300);
        Lab intact = Lab.of(s).run(300);
        assertThat(cut.results()).allMatch(r -> r.outcome().succeeded());
        assertThat(cut.summary.staleReads()).isGreaterThan(50);
        assertThat(intact.summary.staleReads()).isLessThan(cut.summary.staleReads() / 10);
        DatabaseNode replica = cut.sim.databases().node("web-02.mysql");
        assertThat(cut.sim.databases().lagMicros(replica, cut.sim.now())).isGreaterThan(25_000 * MS);
        // Stale reads grow over time: more in the last third than in the first.
        long early = cut.results().stream().filter(r -> r.index() < 100 && r.outcome() == Outcome.STALE).count();
        long late = cut.results().stream().filter(r -> r.index() >= 200 && r.outcome() == Outcome.STALE).count();
        assertThat(late).isGreaterThan(early);
    }

    @Test
    void overloadGrowsQueuesAndLatencyThenGives504() {
        // One server (active-passive) at about 1.5 times what its 8 workers can do. TCP checks, so
        // the load balancer keeps the server in (an HTTP check would wait in the same queue, time
        // out and take the overloaded server out: a lesson of its own).
        SimulationSettings base = Lab.realistic();
        SimulationSettings s = base.withLb(base.lb().withMode(LbMode.ACTIVE_PASSIVE).withTimeouts(5000, 2000)
                        .withCheck(CheckType.TCP))
                .withCapacity(new CapacitySettings(8, 100_000))
                .withTraffic(base.traffic().withInterval(500));
        Lab lab = Lab.of(s).run(16000);
        List<RequestResult> rs = lab.results();
        double firstLatency = rs.subList(0, 500).stream().mapToLong(RequestResult::latencyUs).average().orElseThrow();
        double laterLatency = rs.subList(2500, 3000).stream().filter(r -> r.outcome().succeeded())
                .mapToLong(RequestResult::latencyUs).average().orElseThrow();
        assertThat(laterLatency).isGreaterThan(firstLatency * 5);
        RequestResult firstTimeout = rs.stream().filter(r -> r.outcome() == Outcome.GATEWAY_TIMEOUT).findFirst().orElseThrow();
        assertThat(firstTimeout.latencyUs()).isBetween(2000 * MS, 2000 * MS + 2 * INTERNET + MS);
        assertThat(firstTimeout.startUs()).isGreaterThan(rs.get(3000).startUs());
        assertThat(lab.summary.byOutcome().get("gateway_timeout")).isGreaterThan(1000L);
    }

    @Test
    void activePassiveSaturatesAtHalfTheLoadActiveActiveTakes() {
        // About 1,350 requests per second fill one server's 8 workers.
        for (int rps : new int[] {800, 2000}) {
            SimulationSettings base = Lab.realistic();
            SimulationSettings s = base.withLb(base.lb().withTimeouts(5000, 2000).withCheck(CheckType.TCP))
                    .withCapacity(new CapacitySettings(8, 100_000))
                    .withTraffic(base.traffic().withInterval(1_000_000 / rps));
            Lab aa = Lab.of(s).run(rps * 6L);
            Lab ap = Lab.of(s.withLb(s.lb().withMode(LbMode.ACTIVE_PASSIVE))).run(rps * 6L);
            assertThat(aa.summary.succeeded()).as("active-active at %d rps", rps).isEqualTo(rps * 6L);
            if (rps == 800) {
                assertThat(ap.summary.succeeded()).as("active-passive at %d rps", rps).isEqualTo(rps * 6L);
            } else {
                assertThat(ap.summary.byOutcome().get("gateway_timeout")).as("active-passive at %d rps", rps).isGreaterThan(1000L);
                assertThat(ap.summary.byBackend()).containsOnlyKeys("web-01");
            }
        }
    }
}
