package io.infraviz.configs;

import io.infraviz.model.Component;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exported folder's README: what goes where, in which order to apply it, how each file maps to
 * the diagram and to the settings chosen in the app (one row per setting of the catalogue), and
 * the command that checks each file.
 */
final class ConfigReadme {
    static final String FILE = "README.md";
    /** How the README starts, which tells an earlier export from any other folder. */
    static final String TITLE = "# From the lab to real servers: ";

    private ConfigReadme() {
    }

    static ConfigFile of(Design d, List<ConfigFile> files) {
        FileText f = new FileText("");
        f.line(TITLE + d.topology().title())
                .blank()
                .line("Made by InfraViz from the design \"" + d.topology().name() + "\" and the settings chosen in the app. "
                        + "One folder per server of the diagram; each file says at its top where it goes and how to check it.")
                .blank()
                .line("## What goes where")
                .blank()
                .line("| file | on the diagram | goes to | check |")
                .line("|---|---|---|---|");
        for (ConfigFile file : files) {
            f.line("| `" + file.path() + "` | " + diagramPart(d, file) + " | " + destination(file.path()) + " | `"
                    + check(d, file) + "` |");
        }
        order(f, d);
        settings(f, d.settings());
        application(f, d);
        f.line("## The certificate").blank()
                .line("With HTTPS the file that ends TLS names a PEM file holding the certificate and its key. On a server the "
                        + "Internet reaches, `certbot certonly --standalone -d " + d.topology().domain() + "` gets one (it "
                        + "answers on port 80 itself, so run it before the web server or load balancer takes that port, or use "
                        + "`--webroot`); join `fullchain.pem` and `privkey.pem` into that file. For the lab, a self-signed one:")
                .blank()
                .line("    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=" + d.topology().domain()
                        + " -keyout key.pem -out cert.pem && cat cert.pem key.pem > " + d.topology().domain() + ".pem")
                .blank()
                .blank()
                .line("## Placeholders to fill in")
                .blank();
        if (replicates(d)) {
            f.line("- The replication password `" + ReplicationSql.PASSWORD + "` in the `replication.sql` files: change it in "
                    + "both before running them.");
        }
        if (d.settings().security().firewalls()) {
            f.line("- `ADMIN_IP` for each `ufw.sh`: the one address SSH is let in from (the script stops without it).");
        }
        if (!d.vipPair().isEmpty()) {
            f.line("- `interface eth0` in each `keepalived.conf`: the network interface that carries the server's address.");
        }
        f.line("- The certificate's file, when HTTPS is on (above).");
        return f.file(FILE, null);
    }

    private static String diagramPart(Design d, ConfigFile file) {
        if (file.owner() != null && !file.path().endsWith(FirewallScript.FILE)) {
            return "`" + file.owner() + "` (" + d.component(file.owner()).role().title() + ")";
        }
        return "host `" + file.path().substring(0, file.path().indexOf('/')) + "` (its firewall)";
    }

    private static String destination(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.contains("/nginx/")) {
            return "`/etc/nginx/sites-available/" + name + "`, linked from `sites-enabled`";
        }
        return switch (name) {
            case HaproxyConfig.FILE -> "`/etc/haproxy/haproxy.cfg`";
            case KeepalivedConfig.FILE -> "`/etc/keepalived/keepalived.conf`";
            case MysqlConfig.FILE -> "`/etc/mysql/mariadb.conf.d/" + name + "`";
            case ReplicationSql.FILE -> "run once: `sudo mariadb < " + name + "`";
            case FirewallScript.FILE -> "run once: `sudo ADMIN_IP=... bash " + name + "`";
            default -> "";
        };
    }

    private static String check(Design d, ConfigFile file) {
        String path = file.path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(ReplicationSql.FILE) && file.owner() != null && d.sourceOf(d.component(file.owner())).isEmpty()) {
            // A Primary's file makes the Replicas' account and has no replication of its own to look at.
            return "SHOW MASTER STATUS; SELECT user, host FROM mysql.user WHERE user = '" + ReplicationSql.USER + "'";
        }
        if (path.contains("/nginx/")) {
            return "nginx -t";
        }
        return switch (name) {
            case HaproxyConfig.FILE -> "haproxy -c -f /etc/haproxy/haproxy.cfg";
            case KeepalivedConfig.FILE -> "keepalived --config-test -f /etc/keepalived/keepalived.conf";
            case MysqlConfig.FILE -> "mariadbd --help --verbose";
            case ReplicationSql.FILE -> "SHOW SLAVE STATUS\\G";
            case FirewallScript.FILE -> "bash -n " + name + "; ufw status numbered";
            default -> "";
        };
    }

    private static void order(FileText f, Design d) {
        boolean replication = replicates(d);
        boolean balancers = !d.withRole(Role.LOAD_BALANCER).isEmpty();
        boolean https = d.settings().security().https();
        List<String> steps = new ArrayList<>();
        steps.add("Databases: put each `mysql/" + MysqlConfig.FILE + "` in place and restart MariaDB" + (replication
                ? "; run the Primary's `replication.sql`, take the snapshot its comments describe, load it on each Replica, "
                + "then run the Replica's `replication.sql`." : "."));
        steps.add("Application servers: your application listens on port " + Ports.APP + " and answers `GET /health` "
                + "with 200 only when it can do its work" + (balancers ? " (the load balancer's check goes through Nginx to it)." : "."));
        steps.add("Web servers: " + (https && !balancers ? "the certificate, then " : "") + "each Nginx site (on a fresh "
                + "Debian or Ubuntu server, remove `sites-enabled/default`), then `nginx -t` and `systemctl reload nginx`.");
        if (balancers) {
            steps.add("Load balancer" + (d.vipPair().isEmpty() ? "" : "s") + ": " + (https ? "the certificate, " : "")
                    + "`haproxy.cfg`, then `systemctl reload haproxy`" + (d.vipPair().isEmpty() ? "." : "; then `keepalived.conf` on each."));
        }
        steps.add("DNS: an A record `" + d.topology().domain() + "` to " + entryAddress(d) + " with a TTL of "
                + ttlSeconds(d) + " s (the app's " + Settings.DNS_TTL.label() + ", in the whole seconds DNS counts).");
        steps.add("Firewalls last" + (d.settings().security().firewalls() ? "" : " (off in this design, so no `ufw.sh`)")
                + ", once everything answers: a wrong rule locks you out, so keep a console open.");
        f.blank().line("## In this order").blank();
        for (int i = 0; i < steps.size(); i++) {
            f.line((i + 1) + ". " + steps.get(i));
        }
        f.blank();
    }

    private static long ttlSeconds(Design d) {
        return (long) Math.ceil(d.settings().timings().dnsTtl() / 1e6);
    }

    private static String entryAddress(Design d) {
        Component entry = d.component(d.topology().entryPoint());
        List<Component> pair = d.vipPair();
        if (!pair.isEmpty()) {
            return "the virtual IP " + KeepalivedConfig.virtualAddress(d, pair);
        }
        return entry.onHost() ? entry.hostId() + "'s address " + d.ip(entry) : "the entry point's address";
    }

    /** One row per setting of the catalogue: its value in the app and where the files carry it. */
    private static void settings(FileText f, SimulationSettings s) {
        f.line("## The settings chosen in the app").blank()
                .line("| setting | value | in the files |")
                .line("|---|---|---|");
        for (Setting<?> setting : Settings.ALL) {
            f.line("| " + setting.label() + " | " + shown(setting.output(s)) + " | " + where(setting).orElse("not in the files: "
                    + "it shapes the lab's traffic or runs, not the servers") + " |");
        }
        f.blank();
    }

    /** True when some database copies another (so there are replication.sql files). */
    private static boolean replicates(Design d) {
        return d.withRole(Role.DATABASE).stream().anyMatch(db -> d.sourceOf(db).isPresent());
    }

    /** A value as a person writes it: whole numbers without a fraction (800, not 800.000). */
    private static String shown(Object value) {
        if (value instanceof Double v && v == Math.rint(v) && !Double.isInfinite(v)) {
            return Long.toString(v.longValue());
        }
        return String.valueOf(value);
    }

    private static Optional<String> where(Setting<?> s) {
        String haproxy = "`haproxy.cfg`, ";
        return Optional.ofNullable(switch (s.key()) {
            case "algorithm" -> haproxy + "`balance`";
            case "mode" -> haproxy + "`backup` on the second server";
            case "check" -> haproxy + "`option httpchk` and `http-check send ... uri /health` (HTTP) or none (TCP)";
            case "inter", "fall", "rise" -> haproxy + "`" + s.key() + "` on each `server` line";
            case "retries" -> haproxy + "`retries`";
            case "redispatch" -> haproxy + "`option redispatch`";
            case "weight" -> haproxy + "`weight` on each `server` line (with weighted round robin; 1 otherwise)";
            case "read_only" -> "each Replica's `.cnf`, `read_only`";
            case "connect_retry" -> "each Replica's `replication.sql`, `MASTER_CONNECT_RETRY`";
            case "timeout_connect" -> haproxy + "`timeout connect`";
            case "timeout_server" -> haproxy + "`timeout server`";
            case "https" -> "`bind :443 ssl crt` and the redirect where TLS ends";
            case "firewalls" -> "one `ufw.sh` per server";
            case "monitoring" -> "not in the files: install your monitoring product's agent on each server";
            case "read_policy" -> "your application's database settings (below)";
            case "dns_ttl" -> "the DNS record's TTL (above)";
            case "workers", "queue" -> "not in the files: your application server's own " + (s.key().equals("workers")
                    ? "worker count (processes or threads)" : "backlog of waiting requests");
            default -> null;
        });
    }

    private static void application(FileText f, Design d) {
        List<Component> dbs = d.withRole(Role.DATABASE);
        if (dbs.isEmpty()) {
            return;
        }
        String primary = d.topology().primaryDatabase();
        ReadPolicy policy = d.settings().db().readPolicy();
        f.line("## Your application's database settings").blank()
                .line("Writes go to the Primary, `" + primary + "` at " + d.ip(d.component(primary)) + ":" + Ports.MYSQL + ". "
                        + "Reads (" + Settings.READ_POLICY.label() + ": " + policy.code() + ") go to " + switch (policy) {
                            case REPLICA -> "a Replica, and to the Primary when no Replica answers";
                            case PRIMARY -> "the Primary too";
                            case LOCAL -> "the database on the application's own server";
                            case ANY -> "every database in turn";
                        } + ". The databases: " + String.join(", ", dbs.stream().map(c -> "`" + c.id() + "` " + d.ip(c)).toList())
                        + ".")
                .blank();
    }
}
