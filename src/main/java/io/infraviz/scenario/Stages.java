package io.infraviz.scenario;

import io.infraviz.model.Backend;
import io.infraviz.model.Client;
import io.infraviz.model.Coded;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in stages of the lesson, each a topology. */
public enum Stages implements Coded {
    ONE_SERVER("one-server", "One server (everything on one host)"),
    DISTRIBUTED("distributed", "Distributed web infrastructure (load balancer, two servers, Primary-Replica)"),
    SECURED("secured", "Secured and monitored (firewalls, HTTPS, monitoring)"),
    SCALED("scaled", "Scaled (a load-balancer pair on a virtual IP; web, app and database servers apart)");

    private final String code;
    private final String title;

    Stages(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Optional<Stages> fromCode(String code) {
        return Coded.find(Stages.class, code);
    }

    /** All stage codes, for help and error messages. */
    public static String codes() {
        return Coded.list(Stages.class);
    }

    public Topology topology() {
        return switch (this) {
            case ONE_SERVER -> oneServer();
            case DISTRIBUTED -> distributed();
            case SECURED -> secured();
            case SCALED -> scaled();
        };
    }

    /**
     * No single load balancer: two HAProxies in an active-passive pair share a virtual IP (the
     * address DNS gives), which moves to the passive one when the active one fails. Web servers,
     * application servers and databases each on their own hosts; every Nginx proxies to both
     * application servers.
     */
    static Topology scaled() {
        List<Component> components = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        components.add(new Component("users", Role.CLIENT, null, "Users"));
        components.add(new Component("dns", Role.DNS, null, "DNS\n" + DOMAIN));
        components.add(new Component("vip", Role.VIRTUAL_IP, null, "Virtual IP"));
        links.add(new Link("users", "dns", LinkPurpose.DNS));
        links.add(new Link("users", "vip", LinkPurpose.HTTP));
        int ip = 10;
        for (int i = 1; i <= 2; i++) {
            String lb = "lb-0" + i;
            components.add(new Component(lb + ".haproxy", Role.LOAD_BALANCER, lb, "HAProxy"));
            hosts.add(new Host(lb, lb, "10.0.0." + ip++, List.of(lb + ".haproxy")));
            links.add(new Link("vip", lb + ".haproxy", LinkPurpose.HTTP));
        }
        for (int i = 1; i <= 2; i++) {
            String web = "web-0" + i;
            components.add(new Component(web + ".nginx", Role.WEB_SERVER, web, "Nginx"));
            hosts.add(new Host(web, web, "10.0.1." + ip++, List.of(web + ".nginx")));
            for (int j = 1; j <= 2; j++) {
                links.add(new Link("lb-0" + j + ".haproxy", web + ".nginx", LinkPurpose.HTTP));
            }
        }
        for (int i = 1; i <= 2; i++) {
            String app = "app-0" + i;
            components.add(new Component(app + ".app", Role.APP_SERVER, app, "App server"));
            components.add(new Component(app + ".files", Role.APP_FILES, app, "App files"));
            hosts.add(new Host(app, app, "10.0.2." + ip++, List.of(app + ".app", app + ".files")));
            links.add(new Link(app + ".app", app + ".files", LinkPurpose.FILES));
        }
        for (int w = 1; w <= 2; w++) {
            for (int a = 1; a <= 2; a++) {
                links.add(new Link("web-0" + w + ".nginx", "app-0" + a + ".app", LinkPurpose.HTTP));
            }
        }
        for (int i = 1; i <= 2; i++) {
            String db = "db-0" + i;
            components.add(new Component(db + ".mysql", Role.DATABASE, db, "MySQL"));
            hosts.add(new Host(db, db, "10.0.3." + ip++, List.of(db + ".mysql")));
            for (int a = 1; a <= 2; a++) {
                links.add(new Link("app-0" + a + ".app", db + ".mysql", LinkPurpose.DATABASE));
            }
        }
        links.add(new Link("db-01.mysql", "db-02.mysql", LinkPurpose.REPLICATION));
        List<Backend> backends = List.of(new Backend("web-01", "web-01.nginx", 1, false),
                new Backend("web-02", "web-02.nginx", 1, false));
        return new Topology("scaled", "Scaled web infrastructure", DOMAIN, hosts, components, links, clients(), "vip",
                backends, "db-01.mysql", true);
    }

    /** The stage before: Nginx, the application, its files and MySQL on one host. */
    static Topology oneServer() {
        String h = "server-01";
        List<Component> components = List.of(
                new Component("users", Role.CLIENT, null, "Users"),
                new Component("dns", Role.DNS, null, "DNS\n" + DOMAIN),
                new Component(h + ".nginx", Role.WEB_SERVER, h, "Nginx"),
                new Component(h + ".app", Role.APP_SERVER, h, "App server"),
                new Component(h + ".files", Role.APP_FILES, h, "App files"),
                new Component(h + ".mysql", Role.DATABASE, h, "MySQL"));
        List<Host> hosts = List.of(new Host(h, h + " (the only server)", "10.0.0.10",
                List.of(h + ".nginx", h + ".app", h + ".files", h + ".mysql")));
        List<Link> links = List.of(new Link("users", "dns", LinkPurpose.DNS),
                new Link("users", h + ".nginx", LinkPurpose.HTTP),
                new Link(h + ".nginx", h + ".app", LinkPurpose.HTTP),
                new Link(h + ".app", h + ".files", LinkPurpose.FILES),
                new Link(h + ".app", h + ".mysql", LinkPurpose.DATABASE));
        return new Topology("one-server", "One server", DOMAIN, hosts, components, links, clients(), h + ".nginx",
                List.of(), h + ".mysql");
    }

    /**
     * The distributed design with its stated issues fixed: a firewall on each server, HTTPS with
     * the certificate on the load balancer, and a monitoring agent on each server reporting to a
     * monitoring service.
     */
    static Topology secured() {
        Topology d = distributed();
        List<Component> components = new ArrayList<>(d.components());
        List<Host> hosts = new ArrayList<>();
        List<Link> links = new ArrayList<>(d.links());
        components.add(new Component("monitoring", Role.MONITORING_SERVICE, null, "Monitoring"));
        for (Host h : d.hosts()) {
            String fw = h.id() + ".firewall";
            String agent = h.id() + ".agent";
            components.add(new Component(fw, Role.FIREWALL, h.id(), "Firewall"));
            components.add(new Component(agent, Role.MONITORING_AGENT, h.id(), "Agent"));
            List<String> ids = new ArrayList<>();
            ids.add(fw);
            ids.addAll(h.componentIds());
            ids.add(agent);
            hosts.add(new Host(h.id(), h.label(), h.ip(), ids));
            links.add(new Link(agent, "monitoring", LinkPurpose.MONITORING));
        }
        return new Topology("secured", "Secured and monitored web infrastructure", DOMAIN, hosts, components, links,
                clients(), d.entryPoint(), d.backends(), d.primaryDatabase(), true);
    }

    static final String DOMAIN = "www.foobar.com";

    /** Three browser clients with distinct addresses (documentation ranges, RFC 5737). */
    static List<Client> clients() {
        return List.of(new Client("alice", "198.51.100.23"), new Client("bob", "203.0.113.42"),
                new Client("carol", "192.0.2.77"));
    }

    /** The lesson's infrastructure (README, "Stages"): HAProxy on lb-01 in front of web-01 (MySQL Primary) and web-02 (Replica). */
    static Topology distributed() {
        List<Component> components = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        components.add(new Component("users", Role.CLIENT, null, "Users"));
        components.add(new Component("dns", Role.DNS, null, "DNS\n" + DOMAIN));
        components.add(new Component("lb-01.haproxy", Role.LOAD_BALANCER, "lb-01", "HAProxy"));
        hosts.add(new Host("lb-01", "lb-01 (server 1 of 3)", "10.0.0.10", List.of("lb-01.haproxy")));
        for (int i = 1; i <= 2; i++) {
            String h = "web-0" + i;
            components.add(new Component(h + ".nginx", Role.WEB_SERVER, h, "Nginx"));
            components.add(new Component(h + ".app", Role.APP_SERVER, h, "App server"));
            components.add(new Component(h + ".files", Role.APP_FILES, h, "App files"));
            components.add(new Component(h + ".mysql", Role.DATABASE, h, i == 1 ? "MySQL Primary" : "MySQL Replica"));
            hosts.add(new Host(h, h + " (server " + (i + 1) + " of 3)", "10.0.0.1" + i,
                    List.of(h + ".nginx", h + ".app", h + ".files", h + ".mysql")));
        }
        links.add(new Link("users", "dns", LinkPurpose.DNS));
        links.add(new Link("users", "lb-01.haproxy", LinkPurpose.HTTP));
        for (int i = 1; i <= 2; i++) {
            String h = "web-0" + i;
            links.add(new Link("lb-01.haproxy", h + ".nginx", LinkPurpose.HTTP));
            links.add(new Link(h + ".nginx", h + ".app", LinkPurpose.HTTP));
            links.add(new Link(h + ".app", h + ".files", LinkPurpose.FILES));
            links.add(new Link(h + ".app", "web-01.mysql", LinkPurpose.DATABASE));
            links.add(new Link(h + ".app", "web-02.mysql", LinkPurpose.DATABASE));
        }
        links.add(new Link("web-01.mysql", "web-02.mysql", LinkPurpose.REPLICATION));
        List<Backend> backends = List.of(new Backend("web-01", "web-01.nginx", 1, false),
                new Backend("web-02", "web-02.nginx", 1, false));
        return new Topology("distributed", "Distributed web infrastructure", DOMAIN, hosts, components, links,
                clients(), "lb-01.haproxy", backends, "web-01.mysql");
    }
}
