package io.infraviz.configs;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Component;

import java.util.List;

/**
 * The Nginx site of one web server: it answers for the domain, hands every request to the
 * application server (an {@code upstream} of them when it balances several), and passes the load
 * balancer's {@code GET /health} on to the application, so the check fails when the application does.
 */
final class NginxSite {
    private static final String IN = "    ";
    private static final String IN2 = IN + IN;
    private static final String UPSTREAM = "app_servers";
    /** Debian's layout for Nginx's certificates when Nginx itself ends HTTPS (no load balancer). */
    private static final String CERT_FOLDER = "/etc/ssl/private";

    private NginxSite() {
    }

    static String path(Design d, Component web) {
        return web.hostId() + "/nginx/sites-available/" + d.topology().domain();
    }

    static ConfigFile of(Design d, Component web) {
        List<Component> apps = d.appsBehind(web);
        if (apps.isEmpty()) {
            throw new CannotExpress(web.id(), "no link takes it to an application server, so it has nothing to proxy to");
        }
        String site = d.topology().domain();
        FileText f = new FileText("#");
        f.note("Nginx site of " + web.hostId() + " (" + d.ip(web) + "), made by InfraViz from the design \""
                        + d.topology().name() + "\".")
                .note("Goes to /etc/nginx/sites-available/" + site + "; enable it with")
                .note("  ln -s /etc/nginx/sites-available/" + site + " /etc/nginx/sites-enabled/ && nginx -t && systemctl reload nginx")
                .blank();
        String target;
        if (apps.size() > 1) {
            f.note("Nginx balances its application servers itself, in turn (round robin)").line("upstream " + UPSTREAM + " {", web.id());
            for (Component app : apps) {
                f.line(IN + "server " + d.address(web, app) + ":" + Ports.APP + ";", web.id(), app.id());
            }
            f.line("}", web.id()).blank();
            target = "http://" + UPSTREAM;
        } else {
            target = "http://" + d.address(web, apps.get(0)) + ":" + Ports.APP;
        }
        boolean tls = d.terminatesTls(web);
        if (tls) {
            f.note("Plain HTTP only sends the browser to HTTPS")
                    .line("server {", web.id())
                    .line(IN + "listen " + Ports.HTTP + ";", web.id())
                    .line(IN + "server_name " + site + ";", web.id())
                    .line(IN + "return 301 https://$host$request_uri;", web.id())
                    .line("}", web.id())
                    .blank();
        }
        f.line("server {", web.id());
        if (tls) {
            f.note(IN, "HTTPS ends here (no load balancer in front): certificate and key, see the README")
                    .line(IN + "listen " + Ports.HTTPS + " ssl;", web.id())
                    .line(IN + "ssl_certificate " + d.certificate(CERT_FOLDER) + ";", web.id())
                    .line(IN + "ssl_certificate_key " + d.certificate(CERT_FOLDER) + ";", web.id());
        } else {
            f.line(IN + "listen " + Ports.HTTP + ";", web.id());
        }
        long proxyMs = Math.round(SimTime.toMs(d.settings().timings().proxyTimeout()));
        f.line(IN + "server_name " + site + ";", web.id())
                .blank()
                .note(IN, "How long Nginx waits for the application; past it the user gets 504 (the lab's proxy timeout)")
                .line(IN + "proxy_connect_timeout " + proxyMs + "ms;", web.id())
                .line(IN + "proxy_read_timeout " + proxyMs + "ms;", web.id())
                .blank()
                .line(IN + "location / {", web.id())
                .line(IN2 + "proxy_pass " + target + ";", web.id())
                .line(IN2 + "proxy_set_header Host $host;", web.id())
                .line(IN2 + "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", web.id())
                .line(IN + "}", web.id())
                .blank()
                .note(IN, "The load balancer's health check: answered by the application, so a dead application fails it")
                .line(IN + "location = /health {", web.id())
                .line(IN2 + "proxy_pass " + target + ";", web.id())
                .line(IN2 + "access_log off;", web.id())
                .line(IN + "}", web.id())
                .line("}", web.id());
        return f.file(path(d, web), web.id());
    }
}
