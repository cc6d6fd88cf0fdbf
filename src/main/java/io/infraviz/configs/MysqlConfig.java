package io.infraviz.configs;

import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;

import java.util.List;
import java.util.Optional;

/**
 * The MariaDB server settings of one database: its own {@code server_id}, the binary log a Replica
 * copies, and on a Replica the relay log and {@code read_only} (MariaDB leaves it off: without it a
 * Replica accepts writes and silently diverges, the lab's error 1290 is what it gives with it).
 */
final class MysqlConfig {
    static final String FILE = "60-infraviz.cnf";

    private MysqlConfig() {
    }

    static String path(Component db) {
        return db.hostId() + "/mysql/" + FILE;
    }

    static ConfigFile of(Design d, Component db) {
        List<Component> all = d.withRole(db.role());
        int serverId = all.indexOf(db) + 1;
        Optional<Component> source = d.sourceOf(db);
        boolean replicates = source.isPresent() || !d.replicasOf(db).isEmpty();
        FileText f = new FileText("#");
        f.note((source.isPresent() ? "MariaDB Replica" : "MariaDB") + " on " + db.hostId() + " (" + d.ip(db)
                        + "), made by InfraViz from the design \"" + d.topology().name() + "\".")
                .note("Goes to /etc/mysql/mariadb.conf.d/" + FILE + " (read after Debian's 50-server.cnf, so it wins);")
                .note("apply: systemctl restart mariadb. Check: mariadbd --help --verbose | grep -E '^(server-id|read-only|log-bin) '")
                .line("[mysqld]", db.id());
        boolean remote = d.topology().links().stream().anyMatch(l -> reachedFromElsewhere(d, db, l));
        if (remote) {
            f.note("Listen on the server's address: applications on other servers connect here (Debian's default,")
                    .note("127.0.0.1, would refuse them)")
                    .line("bind_address = " + d.ip(db), db.id());
        } else {
            f.note("Only this server's application connects, so listen on loopback only")
                    .line("bind_address = 127.0.0.1", db.id());
        }
        f.note("Every server of a replication set needs its own id")
                .line("server_id = " + serverId, db.id())
                .note("The binary log: every change in commit order, what a Replica copies (and what backups replay)")
                .line("log_bin = mysql-bin", db.id())
                .note("ROW: the changed rows themselves, so a Replica ends up with the same data whatever the query")
                .line("binlog_format = ROW", db.id());
        if (replicates) {
            f.note("What this server applies as a Replica: the relay log, and kept in its own binary log so that")
                    .note("after a promotion it can serve as the Primary of the others")
                    .line("relay_log = relay-bin", db.id())
                    .line("log_slave_updates = ON", db.id());
        }
        if (source.isPresent() && d.settings().db().readOnly()) {
            f.note("A Replica refuses writes from applications (error 1290); replication itself still applies them")
                    .line("read_only = ON", db.id());
        } else if (source.isPresent()) {
            f.note("read_only OFF (MariaDB's default): a write sent here by mistake is accepted and this copy silently")
                    .note("differs from the Primary until it is re-seeded")
                    .line("read_only = OFF", db.id());
        }
        return f.file(path(db), db.id());
    }

    /** True when the link brings a connection to this database from another host. */
    private static boolean reachedFromElsewhere(Design d, Component db, Link l) {
        if (l.purpose() != LinkPurpose.DATABASE && l.purpose() != LinkPurpose.REPLICATION) {
            return false;
        }
        String other = l.to().equals(db.id()) ? l.from() : l.from().equals(db.id()) ? l.to() : null;
        return other != null && !db.hostId().equals(d.component(other).hostId());
    }
}
