package io.infraviz.diagram;

import io.infraviz.engine.SimTime;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.db.IoThreadState;
import io.infraviz.sim.world.ComponentStatus;

/**
 * A database's current role and replication state in words, read from the simulation, so the
 * diagram, the inspector and the status bar name them the same way (after a promotion or a
 * re-seed the configured label "MySQL Primary" no longer says what the server is).
 */
public final class DatabaseRoles {
    private DatabaseRoles() {
    }

    /** "Primary", "Replica", or "old Primary" for a Primary whose Replica was promoted over it. */
    public static String role(DatabaseCluster dbs, DatabaseNode n) {
        return n == dbs.writer() ? "Primary" : n.role() == DbRole.PRIMARY ? "old Primary" : "Replica";
    }

    /** The role with "(down)" added when the server does not run, e.g. "Primary (down)". */
    public static String of(SimulationView sim, DatabaseNode n) {
        ComponentStatus status = sim.status(n.id());
        boolean down = status == ComponentStatus.KILLED || status == ComponentStatus.HOST_DOWN;
        return role(sim.databases(), n) + (down ? " (down)" : "");
    }

    /** How often a connecting I/O thread tries again, e.g. "60 s". */
    public static String retryEvery(SimulationView sim) {
        long retry = sim.settings().db().connectRetry();
        return retry % 1_000_000 == 0 ? retry / 1_000_000 + " s" : SimTime.human(retry);
    }

    /**
     * What Seconds_Behind_Master says for a Replica, as SHOW REPLICA STATUS prints it: whole
     * seconds, or NULL when the I/O thread is not connected.
     */
    public static String reportedLag(SimulationView sim, DatabaseNode replica) {
        Long s = sim.databases().reportedLagSeconds(replica, sim.now());
        return s == null ? "NULL" : s + " s";
    }

    /**
     * The replication link's words: the I/O thread's state when it is not connected, else the true
     * lag (rounded so the label, redrawn when it changes, does not change every frame), each with
     * what Seconds_Behind_Master says below, e.g. "lag 0.3 s", "MySQL says 0 s".
     */
    public static String linkText(SimulationView sim, DatabaseNode replica) {
        // On a second line: the label stays as narrow as the lag alone, so the diagram keeps its zoom.
        String reported = "\nMySQL says " + reportedLag(sim, replica);
        IoThreadState io = replica.ioState();
        if (io == IoThreadState.CONNECTING) {
            return "I/O connecting" + reported;
        }
        if (io == IoThreadState.STOPPED) {
            return "I/O stopped" + reported;
        }
        long lag = sim.databases().lagMicros(replica, sim.now());
        String trueLag = lag < 100_000 ? "lag < 0.1 s"
                : "lag " + SimTime.human(lag < 1_000_000 ? lag / 100_000 * 100_000 : lag / 1_000_000 * 1_000_000);
        return trueLag + reported;
    }

    /**
     * How many writes only this server holds when it is in a split brain: running, writable, an
     * old Primary the application no longer treats as the Primary, holding writes the Primary
     * never got; else 0.
     */
    public static long splitBrainWrites(SimulationView sim, DatabaseNode n) {
        boolean running = sim.status(n.id()) == ComponentStatus.RUNNING;
        return running && n != sim.databases().writer() && n.role() == DbRole.PRIMARY ? n.divergedWrites() : 0;
    }

    /** The plain sentence for a split brain, e.g. "old Primary — SPLIT BRAIN: diverged, 12 writes only here". */
    public static String splitBrainText(long writes) {
        return "old Primary — SPLIT BRAIN: diverged, " + writes + (writes == 1 ? " write" : " writes") + " only here";
    }
}
