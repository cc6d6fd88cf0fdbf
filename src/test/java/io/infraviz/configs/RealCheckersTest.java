package io.infraviz.configs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated file through its own program, for every stage and each choice a file carries
 * ({@link ConfigCases}): {@code haproxy -c}, {@code nginx -t} (inside a minimal nginx.conf made
 * here), {@code keepalived --config-test}, {@code mariadbd --help --verbose} (it rejects an unknown
 * option or a bad value, exit code above 0) and {@code bash -n}. The placeholder certificate path
 * is pointed at a self-signed certificate made here, as the README tells a student to do.
 * MariaDB's replication SQL runs on a real server: see {@link MariadbSqlTest}.
 */
class RealCheckersTest {
    @TempDir
    static Path tmp;
    private static Path certificate;

    private static final Map<String, Path> WRITTEN = new HashMap<>();

    static Stream<ConfigCases.Case> cases() {
        return ConfigCases.all().stream();
    }

    static Stream<ConfigCases.Case> designs() {
        return ConfigCases.designs().stream();
    }

    /** A self-signed certificate and its key in one PEM file, as HAProxy and Nginx want it. */
    @BeforeAll
    static void certificate() {
        if (RealProgram.find("openssl").isEmpty()) {
            return;
        }
        Path key = tmp.resolve("key.pem");
        Path cert = tmp.resolve("cert.pem");
        RealProgram.Result r = RealProgram.run(30, List.of(RealProgram.find("openssl").get().toString(), "req", "-x509",
                "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=www.foobar.com", "-keyout", key.toString(),
                "-out", cert.toString()));
        assertThat(r.code()).as(r.output()).isZero();
        try {
            certificate = tmp.resolve("site.pem");
            Files.writeString(certificate, Files.readString(cert) + Files.readString(key));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file with its placeholder certificate (if any) pointed at the test's, beside the original. */
    private static Path withCertificate(Path file, String placeholderFolder) throws IOException {
        String text = Files.readString(file);
        String placeholder = placeholderFolder + "/www.foobar.com.pem";
        if (!text.contains(placeholder)) {
            return file;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(certificate != null, "openssl is not installed: no certificate to check HTTPS with");
        Path copy = file.resolveSibling(file.getFileName() + ".checked");
        Files.writeString(copy, text.replace(placeholder, certificate.toString()));
        return copy;
    }

    /** The case's folder, written once for all the programs. */
    private static Path written(ConfigCases.Case c) throws IOException {
        Path out = WRITTEN.get(c.name());
        if (out == null) {
            out = c.writeUnder(tmp);
            WRITTEN.put(c.name(), out);
        }
        return out;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** How one program checks one file: the command, then what its answer must say. */
    private interface Check {
        List<String> command(String program, Path file) throws IOException;
    }

    /**
     * Runs {@code program} on every file of the case whose path ends in {@code suffix} (skipping the
     * test when the program is missing and there is a file to check) and returns its answers.
     */
    private static List<RealProgram.Result> checkEach(ConfigCases.Case c, String program, String suffix, Check check)
            throws IOException {
        List<Path> files = files(written(c), suffix);
        List<RealProgram.Result> results = new java.util.ArrayList<>();
        if (files.isEmpty()) {
            return results;
        }
        String path = RealProgram.require(program).toString();
        for (Path f : files) {
            RealProgram.Result r = RealProgram.run(30, check.command(path, f));
            assertThat(r.code()).as("%s on %s:%n%s", program, f, r.output()).isZero();
            results.add(new RealProgram.Result(r.code(), f + "\n" + r.output()));
        }
        return results;
    }

    /** How many files of the case end in {@code suffix}: every one must have been checked. */
    private static int generated(ConfigCases.Case c, String suffix) {
        return (int) c.generate().files().stream().filter(f -> f.path().endsWith(suffix)).count();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void haproxyAcceptsEveryHaproxyCfgWithoutAWarning(ConfigCases.Case c) throws IOException {
        assertThat(checkEach(c, "haproxy", "/haproxy.cfg", (haproxy, cfg) -> List.of(haproxy, "-c", "-f",
                withCertificate(cfg, "/etc/haproxy/certs").toString())))
                .hasSize(generated(c, "/haproxy.cfg")).allSatisfy(r -> assertThat(r.output()).doesNotContain("[WARNING]").doesNotContain("[ALERT]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void nginxAcceptsEverySiteInAMinimalNginxConf(ConfigCases.Case c) throws IOException {
        assertThat(checkEach(c, "nginx", "/www.foobar.com", (nginx, site) -> {
            Path prefix = Files.createDirectories(site.resolveSibling("prefix-" + site.getFileName()));
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, "pid " + prefix.resolve("nginx.pid") + ";\nerror_log " + prefix.resolve("error.log") + ";\n"
                    + "events {}\nhttp {\n    access_log off;\n    include " + withCertificate(site, "/etc/ssl/private") + ";\n}\n");
            return List.of(nginx, "-t", "-p", prefix.toString(), "-e", prefix.resolve("error.log").toString(), "-c", conf.toString());
        })).hasSize(generated(c, "/www.foobar.com")).allSatisfy(r -> assertThat(r.output()).contains("test is successful").doesNotContain("[warn]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void keepalivedAcceptsEveryKeepalivedConf(ConfigCases.Case c) throws IOException {
        List<RealProgram.Result> results = checkEach(c, "keepalived", "/keepalived.conf",
                (keepalived, conf) -> List.of(keepalived, "--config-test", "-f", conf.toString()));
        assertThat(results).hasSize(generated(c, "/keepalived.conf"))
                .allSatisfy(r -> assertThat(r.output().lines().skip(1)).as(r.output()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.infraviz.configs.ConfigCases#databases")
    void mariadbReadsEveryCnfAndTakesItsValues(ConfigCases.Case c) throws IOException {
        for (RealProgram.Result r : checkEach(c, "mariadbd", ".cnf", (mariadbd, cnf) -> List.of(mariadbd, "--defaults-file=" + cnf,
                "--help", "--verbose"))) {
            // The variables as the server took them (its table of values at the end of --help --verbose).
            boolean replica = Files.readString(Path.of(r.output().lines().findFirst().orElseThrow())).contains("read_only = ON");
            assertThat(r.output()).containsPattern("(?m)^log-bin +mysql-bin$").containsPattern("(?m)^binlog-format +ROW$")
                    .containsPattern("(?m)^read-only +" + (replica ? "TRUE" : "FALSE") + "$");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void bashFindsNoSyntaxErrorInEveryUfwScript(ConfigCases.Case c) throws IOException {
        List<RealProgram.Result> results = checkEach(c, "bash", "/ufw.sh", (bash, script) -> {
            assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
            return List.of(bash, "-n", script.toString());
        });
        assertThat(results).as("ufw.sh files").hasSize(c.settings().security().firewalls() ? c.topology().hosts().size() : 0);
    }

    /**
     * The script run by bash with a stand-in {@code ufw} that only records its arguments: without
     * {@code ADMIN_IP} it stops before the first rule (nothing half-applied); with it, it resets,
     * denies incoming, lets SSH in from that address only, and enables the firewall last.
     */
    @org.junit.jupiter.api.Test
    void theUfwScriptAppliesNothingWithoutTheAdminAddressAndEnablesLast() throws IOException {
        String bash = RealProgram.require("bash").toString();
        Path script = written(ConfigCases.stage(io.infraviz.scenario.Stages.SECURED, s -> s, "")).resolve("web-02/ufw.sh");
        Path bin = Files.createDirectories(tmp.resolve("fake-ufw"));
        Path calls = tmp.resolve("ufw-calls.txt");
        Files.writeString(bin.resolve("ufw"), "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");
        bin.resolve("ufw").toFile().setExecutable(true);
        String path = "PATH=" + bin + ":" + System.getenv("PATH");

        RealProgram.Result refused = RealProgram.run(10, List.of("env", "-u", "ADMIN_IP", path, bash, script.toString()));
        assertThat(refused.code()).isNotZero();
        assertThat(refused.output()).contains("set ADMIN_IP to the address you connect from");
        assertThat(calls).doesNotExist();

        RealProgram.Result applied = RealProgram.run(10, List.of("env", path, "ADMIN_IP=198.51.100.7", bash, script.toString()));
        assertThat(applied.code()).as(applied.output()).isZero();
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines.subList(0, 4)).containsExactly("--force reset", "default deny incoming", "default allow outgoing",
                "allow from 198.51.100.7 to any port 22 proto tcp comment SSH from the admin");
        assertThat(lines).filteredOn(l -> l.contains("port 22")).hasSize(1);
        assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly("--force enable", "status verbose");
    }
}
