package io.infraviz.configs;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Algorithm;
import io.infraviz.model.Backend;
import io.infraviz.model.CheckType;
import io.infraviz.model.Component;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Timings;
import io.infraviz.sim.lb.LoadBalancers;

import java.util.List;

/**
 * {@code haproxy.cfg} for one load balancer: the frontend the users reach, the backend with one
 * {@code server} line per web server, its health checks, retries and timeouts, all from the
 * settings. Times are written in milliseconds, HAProxy's default unit, as the app shows them.
 */
final class HaproxyConfig {
    static final String FILE = "haproxy.cfg";
    private static final String IN = "    ";
    /** Debian's packaged layout: certificates for HAProxy live here, key and chain in one PEM. */
    private static final String CERT_FOLDER = "/etc/haproxy/certs";

    private HaproxyConfig() {
    }

    static String path(Component lb) {
        return lb.hostId() + "/" + FILE;
    }

    static ConfigFile of(Design d, Component lb) {
        List<Backend> backends = d.topology().backends();
        if (backends.isEmpty()) {
            throw new CannotExpress(lb.id(), "the design gives the load balancer no backend servers");
        }
        LbSettings s = d.settings().lb();
        FileText f = new FileText("#");
        f.note("HAProxy on " + lb.hostId() + " (" + d.ip(lb) + "), made by InfraViz from the design \""
                        + d.topology().name() + "\".")
                .note("Goes to /etc/haproxy/haproxy.cfg. Check: haproxy -c -f /etc/haproxy/haproxy.cfg; "
                        + "apply: systemctl reload haproxy")
                .blank();
        global(f);
        defaults(f, s, d.settings().timings());
        frontend(f, d, lb);
        backend(f, d, lb, s, backends);
        return f.file(path(lb), lb.id());
    }

    private static void global(FileText f) {
        f.line("global")
                .line(IN + "log /dev/log local0")
                .line(IN + "chroot /var/lib/haproxy")
                .note(IN, "The runtime API: echo 'show servers state' | socat stdio /run/haproxy/admin.sock")
                .line(IN + "stats socket /run/haproxy/admin.sock mode 660 level admin")
                .line(IN + "user haproxy")
                .line(IN + "group haproxy")
                .line(IN + "daemon")
                .blank();
    }

    private static void defaults(FileText f, LbSettings s, Timings t) {
        f.line("defaults")
                .line(IN + "mode http")
                .line(IN + "log global")
                .line(IN + "option httplog")
                .note(IN, "Log every health-check result, e.g. \"Server web/web-02 is DOWN\": the app's event log")
                .line(IN + "option log-health-checks")
                .note(IN, "How long to wait for a web server to accept a connection (the app's timeout connect)")
                .line(IN + "timeout connect " + s.timeoutConnectMs())
                .note(IN, "How long a web server may take to answer before the user gets a 504 (timeout server)")
                .line(IN + "timeout server " + s.timeoutServerMs())
                .note(IN, "How long a silent browser keeps its connection (the lab's browsers wait this long too)")
                .line(IN + "timeout client " + Math.round(SimTime.toMs(t.clientTimeout())))
                .note(IN, "A refused or timed-out connection is tried again this many times, after min(timeout connect, 1 s)")
                .line(IN + "retries " + s.retries());
        if (s.redispatch()) {
            f.note(IN, "A retry may go to another server: at once when more than one active server is left and the algorithm is not source,")
                    .note(IN, "else on the last retry")
                    .line(IN + "option redispatch");
        } else {
            f.note(IN, "No 'option redispatch': every retry goes to the same server, so a dead one that is still UP gives 503s");
        }
        f.blank();
    }

    private static void frontend(FileText f, Design d, Component lb) {
        f.line("frontend www", lb.id());
        f.line(IN + "bind :" + Ports.HTTP, lb.id());
        if (d.terminatesTls(lb)) {
            f.note(IN, "HTTPS ends here: the certificate and its key in one PEM file (see the README: certbot, or self-signed for the lab)")
                    .line(IN + "bind :" + Ports.HTTPS + " ssl crt " + d.certificate(CERT_FOLDER), lb.id())
                    .note(IN, "Plain HTTP only sends the browser to HTTPS")
                    .line(IN + "http-request redirect scheme https code 301 unless { ssl_fc }", lb.id())
                    .note(IN, "Tell the web servers the user came over HTTPS")
                    .line(IN + "http-request set-header X-Forwarded-Proto https if { ssl_fc }", lb.id());
        }
        f.line(IN + "option forwardfor", lb.id())
                .line(IN + "default_backend web", lb.id())
                .blank();
    }

    private static void backend(FileText f, Design d, Component lb, LbSettings s, List<Backend> backends) {
        f.line("backend web", lb.id());
        f.note(IN, algorithmNote(s.algorithm()));
        f.line(IN + "balance " + balance(s.algorithm()), lb.id());
        if (s.check() == CheckType.HTTP) {
            f.note(IN, "HTTP check: GET /health must answer 2xx or 3xx, so a broken application fails it (not just a closed port);")
                    .note(IN, "HTTP/1.1 with the site's name, so Nginx answers from this site, not from a default one")
                    .line(IN + "option httpchk", lb.id())
                    .line(IN + "http-check send meth GET uri /health ver HTTP/1.1 hdr Host " + d.topology().domain(), lb.id())
                    .line(IN + "http-check expect rstatus ^[23]", lb.id());
        } else {
            f.note(IN, "TCP check: only opens a connection, so a web server whose application answers errors stays UP");
        }
        if (s.allBackups()) {
            f.line(IN + "option allbackups", lb.id());
        }
        f.note(IN, "check every inter ms; DOWN after fall failed checks in a row, UP again after rise good ones; "
                + "timeout check defaults to inter");
        for (int i = 0; i < backends.size(); i++) {
            Backend b = backends.get(i);
            Component server = d.component(b.componentId());
            int port = Ports.of(server.role()).orElseThrow(() -> new CannotExpress("backend server " + b.name(),
                    "its component " + server.id() + " is a " + server.role().title() + ", which serves no HTTP"));
            boolean backup = LoadBalancers.isBackup(s, b, i);
            f.line(IN + "server " + b.name() + " " + d.ip(server) + ":" + port + " check inter " + s.interMs()
                    + " fall " + s.fall() + " rise " + s.rise() + " weight " + weight(s, b)
                    + (backup ? " backup" : ""), lb.id(), server.id());
        }
    }

    /**
     * The weight the lab balances by: the server's own with weighted round robin, 1 with every other
     * algorithm (HAProxy would weigh round robin, least connections and source too; the lab does not).
     */
    private static int weight(LbSettings s, Backend b) {
        return s.algorithm() == Algorithm.WEIGHTED ? LoadBalancers.weightOf(s, b) : 1;
    }

    /** HAProxy's word for the algorithm: weighted round robin is round robin with weights. */
    static String balance(Algorithm a) {
        return switch (a) {
            case ROUND_ROBIN, WEIGHTED -> "roundrobin";
            case LEAST_CONNECTIONS -> "leastconn";
            case SOURCE -> "source";
        };
    }

    private static String algorithmNote(Algorithm a) {
        return switch (a) {
            case ROUND_ROBIN -> "Round robin: each server in turn (every weight 1; weighted round robin uses the weights)";
            case WEIGHTED -> "Weighted round robin: each server in turn, as often as its weight says";
            case LEAST_CONNECTIONS -> "Least connections: the server with the fewest requests in progress";
            case SOURCE -> "Source: a hash of the client's address picks the server, so a user keeps theirs";
        };
    }
}
