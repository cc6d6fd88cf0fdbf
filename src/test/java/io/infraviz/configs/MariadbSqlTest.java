package io.infraviz.configs;

import io.infraviz.model.Component;
import io.infraviz.model.Role;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each database's {@code replication.sql} run by a real MariaDB started with that database's
 * {@code .cnf}, on a data directory made here: the server runs the file as its {@code --init-file}
 * (followed by {@code SHUTDOWN}), with networking off. Found by trying: {@code mariadb-install-db}
 * needs {@code my_print_defaults}, which mariadb-server-core lacks, so the system tables are made
 * with {@code mariadbd --bootstrap} from the packaged SQL; a statement MariaDB rejects in an
 * init file is logged as {@code ERROR:} and its number, and the server stays up, so the log is watched.
 */
class MariadbSqlTest {
    private static final Path SYSTEM_TABLES = Path.of("/usr/share/mysql/mysql_system_tables.sql");
    private static final Path SYSTEM_DATA = Path.of("/usr/share/mysql/mysql_system_tables_data.sql");
    private static final Pattern REJECTED = Pattern.compile("(?m)^ERROR: \\d+.*$");
    private static final long LIMIT_SECONDS = 30;
    /** A small redo log and buffer pool: the data directory is 17 MB instead of 109 MB, copied once per server. */
    private static final List<String> SMALL = List.of("--innodb-log-file-size=4M", "--innodb-buffer-pool-size=8M");

    @TempDir
    static Path tmp;
    private static Path template;

    /** The stages with replication; the secured stage's database files are the distributed stage's. */
    static Stream<ConfigCases.Case> cases() {
        return ConfigCases.stages().stream().filter(c -> c.topology().componentsWithRole(Role.DATABASE).size() > 1)
                .filter(c -> !c.name().equals(io.infraviz.scenario.Stages.SECURED.code()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyReplicationSqlRunsOnARealMariadbWithItsCnf(ConfigCases.Case c) throws Exception {
        String mariadbd = RealProgram.require("mariadbd").toString();
        assumeTrue(Files.isReadable(SYSTEM_TABLES), SYSTEM_TABLES + " is missing (package mariadb-server-core)");
        ConfigSet set = c.generate();
        Path out = c.writeUnder(tmp.resolve("out"));
        for (Component db : c.topology().componentsWithRole(Role.DATABASE)) {
            Path sql = out.resolve(ReplicationSql.path(db));
            assertThat(set.file(ReplicationSql.path(db))).as("%s has a replication.sql", db.id()).isPresent();
            String log = runOnce(mariadbd, out.resolve(MysqlConfig.path(db)), sql, db.hostId());
            boolean replica = Files.readString(sql).contains("CHANGE MASTER TO");
            if (replica) {
                assertThat(log).as("the server's log for %s", db.id()).contains("'CHANGE MASTER TO executed'")
                        .containsPattern("New state master_host='10\\.0\\.[0-9.]+', master_port='3306'");
            } else {
                assertThat(Files.readString(tmp.resolve(db.hostId() + "-accounts.txt")).strip().lines().toList())
                        .as("replication accounts on %s", db.id()).isNotEmpty().allMatch(a -> a.startsWith("repl@10.0."));
            }
        }
    }

    /** Starts MariaDB on a fresh copy of the template with the cnf, runs the SQL, returns its log. */
    private static String runOnce(String mariadbd, Path cnf, Path sql, String name) throws Exception {
        Path data = tmp.resolve("data-" + name + "-" + System.nanoTime());
        copy(template(mariadbd), data);
        Path init = tmp.resolve(name + "-init.sql");
        Path accounts = tmp.resolve(name + "-accounts.txt");
        Files.deleteIfExists(accounts);
        Files.writeString(init, Files.readString(sql) + "\nSELECT CONCAT(User, '@', Host) FROM mysql.user WHERE User = '"
                + ReplicationSql.USER + "' INTO OUTFILE '" + accounts + "';\nSHUTDOWN;\n");
        Path log = tmp.resolve(name + "-server.log");
        List<String> command = new ArrayList<>(List.of(mariadbd, "--defaults-file=" + cnf, "--datadir=" + data,
                "--user=" + System.getProperty("user.name"), "--skip-networking", "--socket=" + tmp.resolve(name + ".sock"),
                "--pid-file=" + tmp.resolve(name + ".pid"), "--init-file=" + init));
        command.addAll(SMALL);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
                var rejected = REJECTED.matcher(Files.readString(log));
                if (rejected.find()) {
                    fail("MariaDB rejected " + sql + ": " + rejected.group());
                }
                if (System.nanoTime() > deadline) {
                    fail("MariaDB did not finish " + sql + " within " + LIMIT_SECONDS + " s:\n" + Files.readString(log));
                }
            }
            String text = Files.readString(log);
            assertThat(REJECTED.matcher(text).find()).as("MariaDB's log running %s:%n%s", sql, text).isFalse();
            assertThat(p.exitValue()).as("MariaDB's exit code running %s:%n%s", sql, text).isZero();
            return text;
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A data directory with MariaDB's system tables, made once with the packaged SQL. */
    private static synchronized Path template(String mariadbd) throws Exception {
        if (template != null) {
            return template;
        }
        Path dir = tmp.resolve("template");
        Files.createDirectories(dir);
        Path boot = tmp.resolve("bootstrap.sql");
        Files.writeString(boot, "CREATE DATABASE mysql;\nUSE mysql;\n" + Files.readString(SYSTEM_TABLES) + "\n"
                + Files.readString(SYSTEM_DATA) + "\n");
        List<String> command = new ArrayList<>(List.of(mariadbd, "--no-defaults", "--datadir=" + dir, "--bootstrap",
                "--user=" + System.getProperty("user.name"), "--log-warnings=0"));
        command.addAll(SMALL);
        Process p = new ProcessBuilder(command).redirectInput(boot.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("bootstrap.log").toFile()).start();
        try {
            assertThat(p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)).as("bootstrap finished").isTrue();
            assertThat(p.exitValue()).as("bootstrap: %s", Files.readString(tmp.resolve("bootstrap.log"))).isZero();
        } finally {
            p.destroyForcibly();
        }
        template = dir;
        return dir;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
