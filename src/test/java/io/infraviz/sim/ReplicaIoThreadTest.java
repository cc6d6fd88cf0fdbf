package io.infraviz.sim;

import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.IoThreadState;
import org.junit.jupiter.api.Test;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Replica's I/O thread when its Primary goes away. MariaDB's documentation (SHOW REPLICA STATUS,
 * CHANGE MASTER TO): Slave_IO_Running is "Connecting" while it tries to reach the Primary;
 * Seconds_Behind_Master is NULL while the I/O thread is not connected (the Replica cannot know how
 * far behind it is); it retries every MASTER_CONNECT_RETRY seconds, 60 by default, and resumes from
 * the position it had received.
 */
class ReplicaIoThreadTest {
    private static final long RETRY = 4000 * MS;

    private static Lab lab() {
        SimulationSettings s = Lab.realistic();
        return Lab.of(s.withDb(s.db().withConnectRetry(RETRY)));
    }

    @Test
    void aDeadPrimaryLeavesTheReplicaConnectingWithAnUnknownLag() {
        Lab lab = lab().event("2000:kill:web-01.mysql");
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        lab.sim.startTraffic(100);
        lab.sim.runUntil(1990 * MS);
        assertThat(replica.ioState()).isEqualTo(IoThreadState.CONNECTED);
        assertThat(lab.sim.databases().reportedLagSeconds(replica, lab.sim.now())).isZero();
        lab.sim.runUntil(2001 * MS);
        assertThat(replica.ioState()).isEqualTo(IoThreadState.CONNECTING);
        assertThat(lab.sim.databases().reportedLagSeconds(replica, lab.sim.now())).as("NULL: unknown").isNull();
        assertThat(lab.sim.databases().node("web-01.mysql").ioState()).as("a Primary has no I/O thread").isNull();
    }

    @Test
    void replicationResumesAtTheNextRetryNotTheMomentThePrimaryReturns() {
        // Dead at 2 s, back at 3 s: the I/O thread's attempts are at 6 s, 10 s, ... (every 4 s from the loss).
        Lab lab = lab().event("2000:kill:web-01.mysql").event("3000:revive:web-01.mysql");
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        DatabaseNode primary = lab.sim.databases().node("web-01.mysql");
        lab.sim.startTraffic(120);
        lab.sim.runUntil(5990 * MS);
        assertThat(replica.ioState()).as("the Primary is back, but the I/O thread sleeps").isEqualTo(IoThreadState.CONNECTING);
        assertThat(primary.committed()).as("writes go on on the revived Primary").isGreaterThan(replica.received());
        lab.sim.runUntil(6010 * MS);
        assertThat(replica.ioState()).isEqualTo(IoThreadState.CONNECTED);
        lab.sim.runUntil(6500 * MS);
        assertThat(replica.received()).as("resumed from where it was, nothing skipped").isEqualTo(primary.committed());
        assertThat(replica.applied()).isEqualTo(primary.committed());
    }

    @Test
    void aCutLinkRetriesUntilItIsHealed() {
        Lab lab = lab().event("1000:cut:web-01.mysql->web-02.mysql").event("7000:heal:web-01.mysql->web-02.mysql");
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        lab.sim.startTraffic(120);
        lab.sim.runUntil(8990 * MS);
        assertThat(replica.ioState()).as("attempts at 5 s (failed) and 9 s").isEqualTo(IoThreadState.CONNECTING);
        lab.sim.runUntil(9010 * MS);
        assertThat(replica.ioState()).isEqualTo(IoThreadState.CONNECTED);
    }

    @Test
    void aSafePromotionStopsTheIoThreadWhileItAppliesTheRelayLog() {
        SimulationSettings s = Lab.realistic();
        s = s.withTimings(s.timings().withReplicationApply(200 * MS))
                .withTraffic(s.traffic().withInterval(50 * MS).withWriteFraction(1.0));
        Lab lab = Lab.of(s).event("2000:promote-safe:web-02.mysql");
        DatabaseNode replica = lab.sim.databases().node("web-02.mysql");
        lab.sim.startTraffic(60);
        lab.sim.runUntil(2001 * MS);
        assertThat(replica.ioState()).isEqualTo(IoThreadState.STOPPED);
        assertThat(lab.sim.databases().reportedLagSeconds(replica, lab.sim.now())).isNull();
    }
}
