package io.infraviz.configs;

import com.sun.net.httpserver.HttpServer;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The generated files run for real on loopback: the distributed design's haproxy.cfg in front of
 * its two Nginx sites, each proxying to a tiny application made here that answers its server's
 * name. The test moves the listening addresses to free loopback ports and the runtime files to a
 * temporary folder (the generator keeps the real ones: port 80, /run/haproxy, chroot); every
 * balancing and health-check line is the generator's. Round robin alternates; with one Nginx
 * stopped, HAProxy's own log (option log-health-checks) shows fall - 1 failed checks and then the
 * server DOWN, after which every request goes to the other one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealHaproxyEndToEndTest {
    private static final int INTER_MS = 300;
    private static final int FALL = 3;
    private static final int RISE = 2;
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path tmp;
    private final List<Process> processes = new ArrayList<>();
    private final List<HttpServer> apps = new ArrayList<>();
    private final Map<Process, Integer> ports = new HashMap<>();

    @AfterEach
    void stopEverythingStartedHere() throws InterruptedException {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (HttpServer s : apps) {
            s.stop(0);
        }
    }

    @Test
    void roundRobinAlternatesAndAStoppedNginxIsMarkedDownAfterFallFailedChecks() throws Exception {
        String haproxy = RealProgram.require("haproxy").toString();
        String nginx = RealProgram.require("nginx").toString();
        Topology t = Stages.DISTRIBUTED.topology();
        SimulationSettings s = Preset.CLASSROOM.settings().forTopology(t);
        s = s.withLb(s.lb().withChecks(INTER_MS, FALL, RISE));
        Path out = tmp.resolve("configs");
        ConfigWriter.write(ConfigGenerator.generate(t, s), out);

        int front = freePort();
        Process web01 = startNginx(nginx, out, "web-01");
        Process web02 = startNginx(nginx, out, "web-02");
        String cfg = Files.readString(out.resolve("lb-01/haproxy.cfg"))
                .replace("    log /dev/log local0\n", "    log stderr format raw local0\n")
                .replace("    chroot /var/lib/haproxy\n", "")
                .replace("    user haproxy\n", "").replace("    group haproxy\n", "").replace("    daemon\n", "")
                .replace("/run/haproxy/admin.sock", tmp.resolve("haproxy.sock").toString())
                .replace("bind :80", "bind 127.0.0.1:" + front)
                .replace("10.0.0.11:80", "127.0.0.1:" + port(web01))
                .replace("10.0.0.12:80", "127.0.0.1:" + port(web02));
        Path runCfg = tmp.resolve("haproxy.cfg");
        Files.writeString(runCfg, cfg);
        Path haproxyLog = tmp.resolve("haproxy.log");
        processes.add(new ProcessBuilder(haproxy, "-db", "-f", runCfg.toString()).redirectErrorStream(true)
                .redirectOutput(haproxyLog.toFile()).start());

        // Both UP: every server answers through HAProxy once the first checks passed.
        List<String> seen = new ArrayList<>();
        waitFor("both servers answer through HAProxy", () -> {
            seen.add(get(front));
            return seen.size() >= 2 && seen.subList(seen.size() - 2, seen.size()).containsAll(List.of("web-01", "web-02"));
        });
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            turns.add(get(front));
        }
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i)).as("round robin: request %d after %s", i, turns).isNotEqualTo(turns.get(i - 1));
        }

        // HAProxy starts a server UP with its health at `rise`, not full: a single failed check then
        // takes it DOWN (seen on a loaded machine: "status: 0/2 DOWN" after one refusal). Each good
        // check adds one up to rise + fall - 1 ("3/3 UP"); only from there does it take `fall` failures.
        String fullHealth = "Health check for server web/web-02 succeeded, reason: Layer7 check passed";
        waitFor("web-02's health full (" + FALL + "/" + FALL + " UP)", () -> read(haproxyLog).lines()
                .anyMatch(l -> l.startsWith(fullHealth) && l.endsWith("status: " + FALL + "/" + FALL + " UP.")));
        // Only what HAProxy logs from here on counts (a loaded machine may have logged an early DOWN at the start).
        int stopped = read(haproxyLog).length();
        web02.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        String down = "Server web/web-02 is DOWN";
        waitFor("HAProxy marks web-02 DOWN", () -> read(haproxyLog).indexOf(down, stopped) >= 0);
        String log = read(haproxyLog);
        // HAProxy's own log line per check (also echoed as a [WARNING] on stderr, hence the anchor).
        Matcher failed = Pattern.compile("(?m)^Health check for server web/web-02 failed.*status: (\\d+/\\d+ (UP|DOWN))\\.$")
                .matcher(log.substring(stopped, log.indexOf(down, stopped)));
        List<String> states = new ArrayList<>();
        while (failed.find()) {
            states.add(failed.group(1));
        }
        // The health count goes down from fall - 1 ("UP 2/3", still taking its turn), and the fall-th failure is the DOWN.
        List<String> expected = new ArrayList<>();
        for (int left = FALL - 1; left >= 1; left--) {
            expected.add(left + "/" + FALL + " UP");
        }
        expected.add("0/" + RISE + " DOWN");
        assertThat(states).as("failed checks of web-02 logged before its DOWN, in:%n%s", log).containsExactlyElementsOf(expected);
        for (int i = 0; i < 4; i++) {
            assertThat(get(front)).as("request %d with web-02 DOWN", i).isEqualTo("web-01");
        }
    }

    /** Starts one web server's generated site on a free loopback port, proxying to an application made here. */
    private Process startNginx(String nginx, Path out, String host) throws Exception {
        HttpServer app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/", exchange -> {
            byte[] body = host.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        app.start();
        apps.add(app);
        int port = freePort();
        Path prefix = Files.createDirectories(tmp.resolve("nginx-" + host));
        Path site = prefix.resolve("site.conf");
        Files.writeString(site, Files.readString(out.resolve(host + "/nginx/sites-available/www.foobar.com"))
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("http://127.0.0.1:" + Ports.APP, "http://127.0.0.1:" + app.getAddress().getPort()));
        StringBuilder conf = new StringBuilder("daemon off;\nmaster_process off;\npid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("error.log") + ";\nevents {}\nhttp {\n    access_log off;\n");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            conf.append("    ").append(temp).append("_temp_path ").append(prefix.resolve(temp)).append(";\n");
        }
        // As on a fresh Debian server: the packaged default site answers any name it is not told
        // about with 404, so a health check without the site's name would fail (and take every server DOWN).
        conf.append("    server {\n        listen 127.0.0.1:").append(port).append(" default_server;\n")
                .append("        return 404;\n    }\n");
        conf.append("    include ").append(site).append(";\n}\n");
        Files.writeString(prefix.resolve("nginx.conf"), conf);
        Process p = new ProcessBuilder(nginx, "-p", prefix.toString(), "-e", prefix.resolve("error.log").toString(),
                "-c", prefix.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        processes.add(p);
        ports.put(p, port);
        waitFor(host + "'s Nginx listens", () -> {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return p;
    }

    private int port(Process nginx) {
        return ports.get(nginx);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The body of GET / through HAProxy on a new connection (so each request is balanced on its own). */
    private static String get(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: www.foobar.com\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.startsWith("HTTP/1.1 200") ? response.substring(response.indexOf("\r\n\r\n") + 4) : response.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "no answer: " + e.getMessage();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** Polls until the condition holds, failing after {@link #WAIT_SECONDS}. */
    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + WAIT_SECONDS + " s waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
