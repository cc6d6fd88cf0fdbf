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

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void haproxyAcceptsEveryHaproxyCfgWithoutAWarning(ConfigCases.Case c) throws IOException {
        String haproxy = RealProgram.require("haproxy").toString();
        Path out = written(c);
        for (Path cfg : files(out, "/haproxy.cfg")) {
            RealProgram.Result r = RealProgram.run(20, List.of(haproxy, "-c", "-f", withCertificate(cfg, "/etc/haproxy/certs").toString()));
            assertThat(r.code()).as("haproxy -c on %s:%n%s", cfg, r.output()).isZero();
            assertThat(r.output()).as("haproxy -c on %s", cfg).doesNotContain("[WARNING]").doesNotContain("[ALERT]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nginxAcceptsEverySiteInAMinimalNginxConf(ConfigCases.Case c) throws IOException {
        String nginx = RealProgram.require("nginx").toString();
        Path out = written(c);
        for (Path site : files(out, "/www.foobar.com")) {
            Path prefix = site.resolveSibling("prefix-" + site.getFileName());
            Files.createDirectories(prefix);
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, "pid " + prefix.resolve("nginx.pid") + ";\nerror_log " + prefix.resolve("error.log") + ";\n"
                    + "events {}\nhttp {\n    access_log off;\n    include " + withCertificate(site, "/etc/ssl/private") + ";\n}\n");
            RealProgram.Result r = RealProgram.run(20, List.of(nginx, "-t", "-p", prefix.toString(), "-e",
                    prefix.resolve("error.log").toString(), "-c", conf.toString()));
            assertThat(r.code()).as("nginx -t on %s:%n%s", site, r.output()).isZero();
            assertThat(r.output()).as("nginx -t on %s", site).contains("test is successful").doesNotContain("[warn]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepalivedAcceptsEveryKeepalivedConf(ConfigCases.Case c) throws IOException {
        Path out = written(c);
        List<Path> confs = files(out, "/keepalived.conf");
        if (confs.isEmpty()) {
            return;
        }
        String keepalived = RealProgram.require("keepalived").toString();
        for (Path conf : confs) {
            RealProgram.Result r = RealProgram.run(20, List.of(keepalived, "--config-test", "-f", conf.toString()));
            assertThat(r.code()).as("keepalived --config-test on %s:%n%s", conf, r.output()).isZero();
            assertThat(r.output()).as("keepalived --config-test on %s", conf).isBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.infraviz.configs.ConfigCases#stages")
    void mariadbReadsEveryCnfAndTakesItsValues(ConfigCases.Case c) throws IOException {
        String mariadbd = RealProgram.require("mariadbd").toString();
        Path out = written(c);
        for (Path cnf : files(out, ".cnf")) {
            RealProgram.Result r = RealProgram.run(30, List.of(mariadbd, "--defaults-file=" + cnf, "--help", "--verbose"));
            assertThat(r.code()).as("mariadbd --help --verbose with %s:%n%s", cnf, r.output()).isZero();
            // The variables as the server took them (its table of values at the end of --help --verbose).
            String text = Files.readString(cnf);
            boolean replica = text.contains("read_only = ON");
            assertThat(r.output()).as(cnf.toString()).containsPattern("(?m)^log-bin +mysql-bin$")
                    .containsPattern("(?m)^binlog-format +ROW$")
                    .containsPattern("(?m)^read-only +" + (replica ? "TRUE" : "FALSE") + "$");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bashFindsNoSyntaxErrorInEveryUfwScript(ConfigCases.Case c) throws IOException {
        Path out = written(c);
        List<Path> scripts = files(out, "/ufw.sh");
        assertThat(scripts).as("ufw.sh files").hasSize(c.settings().security().firewalls() ? c.topology().hosts().size() : 0);
        if (scripts.isEmpty()) {
            return;
        }
        String bash = RealProgram.require("bash").toString();
        for (Path script : scripts) {
            assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
            RealProgram.Result r = RealProgram.run(10, List.of(bash, "-n", script.toString()));
            assertThat(r.code()).as("bash -n %s:%n%s", script, r.output()).isZero();
        }
    }
}
