package io.infraviz.diagram;

import io.infraviz.sim.SimulationView;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.world.ComponentStatus;

/**
 * A database's current role in words, read from the simulation, so the diagram, the inspector
 * and the status bar name it the same way (after a promotion or a re-seed the configured label
 * "MySQL Primary" no longer says what the server is).
 */
public final class DatabaseRoles {
    private DatabaseRoles() {
    }

    /** "Primary", "Replica", or "old Primary" for a Primary whose Replica was promoted over it. */
    public static String of(DatabaseCluster dbs, DatabaseNode n) {
        if (n == dbs.writer()) {
            return "Primary";
        }
        return n.role() == DbRole.PRIMARY ? "old Primary" : "Replica";
    }

    /**
     * How many writes only this server holds when it is in a split brain: running, writable, not
     * the Primary the application writes to, and holding writes the new Primary never got; else 0.
     */
    public static long splitBrainWrites(SimulationView sim, DatabaseNode n) {
        boolean running = sim.status(n.id()) == ComponentStatus.RUNNING;
        return running && n != sim.databases().writer() && !n.readOnly() ? n.divergedWrites() : 0;
    }

    /** The plain sentence for a split brain, e.g. "old Primary — SPLIT BRAIN: diverged, 12 writes only here". */
    public static String splitBrainText(long writes) {
        return "old Primary — SPLIT BRAIN: diverged, " + writes + (writes == 1 ? " write" : " writes") + " only here";
    }
}
