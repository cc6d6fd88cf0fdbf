package io.infraviz.configs;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@code replication.sql} of one database: on a Primary the account each Replica reads the
 * binary log with; on a Replica where its source is and how to start copying (MariaDB's GTID
 * position, so a promotion later needs no file name and position), with how to take the first snapshot.
 */
final class ReplicationSql {
    static final String FILE = "replication.sql";
    /** The replication account; its password is a placeholder the README says to change. */
    static final String USER = "repl";
    static final String PASSWORD = "change-me";

    private ReplicationSql() {
    }

    static String path(Component db) {
        return db.hostId() + "/mysql/" + FILE;
    }

    /** The file, or empty for a database that neither copies nor is copied. */
    static Optional<ConfigFile> of(Design d, Component db) {
        Optional<Component> source = d.sourceOf(db);
        List<Component> replicas = d.replicasOf(db);
        if (source.isEmpty() && replicas.isEmpty()) {
            return Optional.empty();
        }
        FileText f = new FileText("--");
        f.note("Replication on " + db.hostId() + "'s MariaDB, made by InfraViz from the design \"" + d.topology().name() + "\".")
                .note("Run as root: sudo mariadb < " + FILE + " (after " + MysqlConfig.FILE + " is in place and MariaDB restarted)");
        if (!replicas.isEmpty()) {
            f.blank().note("The account each Replica reads this server's binary log with. Change the password here and")
                    .note("in the Replica's " + FILE + " before running either.");
            for (Component r : replicas) {
                String account = "'" + USER + "'@'" + d.ip(r) + "'";
                f.line("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + PASSWORD + "';", db.id(), r.id())
                        .line("GRANT REPLICATION SLAVE ON *.* TO " + account + ";", db.id(), r.id());
            }
            f.blank().note("The first snapshot, for each Replica: a consistent dump that records its GTID position")
                    .note("  mariadb-dump --all-databases --single-transaction --gtid --master-data=1 > snapshot.sql")
                    .note("copy it to the Replica and load it there (mariadb < snapshot.sql) before its " + FILE + ".");
        }
        source.ifPresent(src -> replica(f, d, db, src));
        return Optional.of(f.file(path(db), db.id()));
    }

    private static void replica(FileText f, Design d, Component db, Component src) {
        f.blank().note("This server copies " + src.id() + " (" + src.hostId() + "). Load the Primary's snapshot first: it")
                .note("sets gtid_slave_pos, the point this Replica starts copying from.")
                .note("The IO thread retries an unreachable Primary every MASTER_CONNECT_RETRY seconds (MariaDB: 60 by default).")
                .line("CHANGE MASTER TO", db.id(), src.id())
                .line("  MASTER_HOST = '" + d.ip(src) + "',", db.id(), src.id())
                .line("  MASTER_PORT = " + Ports.MYSQL + ",", db.id(), src.id())
                .line("  MASTER_USER = '" + USER + "',", db.id(), src.id())
                .line("  MASTER_PASSWORD = '" + PASSWORD + "',", db.id(), src.id())
                .line("  MASTER_CONNECT_RETRY = " + Math.max(1, Math.round(SimTime.toSeconds(d.settings().db().connectRetry()))) + ",", db.id(), src.id())
                .line("  MASTER_USE_GTID = slave_pos;", db.id(), src.id())
                .line("START SLAVE;", db.id())
                .note("Check: SHOW SLAVE STATUS\\G shows Slave_IO_Running: Yes and Slave_SQL_Running: Yes.")
                .note("Seconds_Behind_Master: 0 does not mean every read is fresh: a read right after a write can")
                .note("still miss it (the lab's stale reads).");
    }
}
