package io.infraviz.scenario;

import io.infraviz.model.Backend;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Designs from the seeds' write-ups that differ from the lesson's stages, built in as examples of
 * what design mode draws, so that comparing two designs is one menu choice away: more web servers
 * with the databases apart, and application data on one shared file server.
 */
public enum ExampleDesigns {
    THREE_WEB("three-web", "Three web servers, databases on their own servers"),
    CENTRAL_STORAGE("central-storage", "Centralized storage (one file server for both web servers)");

    private final String code;
    private final String title;

    ExampleDesigns(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Topology topology() {
        return this == THREE_WEB ? threeWeb() : centralStorage();
    }

    /** HAProxy in front of three web servers; MySQL Primary and Replica each on a server of its own. */
    private static Topology threeWeb() {
        Parts p = new Parts();
        p.host("lb-01", Role.LOAD_BALANCER);
        List<Backend> backends = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String w = "web-0" + i;
            p.host(w, Role.WEB_SERVER, Role.APP_SERVER, Role.APP_FILES);
            p.link("lb-01.haproxy", w + ".nginx", LinkPurpose.HTTP);
            p.link(w + ".nginx", w + ".app", LinkPurpose.HTTP);
            p.link(w + ".app", w + ".files", LinkPurpose.FILES);
            backends.add(new Backend(w, w + ".nginx", 1, false));
        }
        p.host("db-01", Role.DATABASE);
        p.host("db-02", Role.DATABASE);
        for (int i = 1; i <= 3; i++) {
            p.link("web-0" + i + ".app", "db-01.mysql", LinkPurpose.DATABASE);
            p.link("web-0" + i + ".app", "db-02.mysql", LinkPurpose.DATABASE);
        }
        p.link("db-01.mysql", "db-02.mysql", LinkPurpose.REPLICATION);
        return p.topology(THREE_WEB, backends, "db-01.mysql");
    }

    /**
     * The lesson's two web servers, but the code both application servers run is on one file
     * server: a single point of failure the Issues tab finds.
     */
    private static Topology centralStorage() {
        Parts p = new Parts();
        p.host("lb-01", Role.LOAD_BALANCER);
        List<Backend> backends = new ArrayList<>();
        p.host("storage-01", Role.APP_FILES);
        for (int i = 1; i <= 2; i++) {
            String w = "web-0" + i;
            p.host(w, Role.WEB_SERVER, Role.APP_SERVER, Role.DATABASE);
            p.link("lb-01.haproxy", w + ".nginx", LinkPurpose.HTTP);
            p.link(w + ".nginx", w + ".app", LinkPurpose.HTTP);
            p.link(w + ".app", "storage-01.files", LinkPurpose.FILES);
            backends.add(new Backend(w, w + ".nginx", 1, false));
        }
        for (int i = 1; i <= 2; i++) {
            p.link("web-0" + i + ".app", "web-01.mysql", LinkPurpose.DATABASE);
            p.link("web-0" + i + ".app", "web-02.mysql", LinkPurpose.DATABASE);
        }
        p.link("web-01.mysql", "web-02.mysql", LinkPurpose.REPLICATION);
        return p.topology(CENTRAL_STORAGE, backends, "web-01.mysql");
    }

    /** Hosts with parts named as the stages name them, the users and DNS, and links. */
    private static final class Parts {
        final List<Component> components = new ArrayList<>(List.of(new Component("users", Role.CLIENT, null, "Users"),
                new Component("dns", Role.DNS, null, "DNS\n" + Stages.DOMAIN)));
        final List<Host> hosts = new ArrayList<>();
        final List<Link> links = new ArrayList<>(List.of(new Link("users", "dns", LinkPurpose.DNS),
                new Link("users", "lb-01.haproxy", LinkPurpose.HTTP)));

        void host(String id, Role... roles) {
            List<String> ids = new ArrayList<>();
            for (Role r : roles) {
                String[] name = switch (r) {
                    case LOAD_BALANCER -> new String[] {"haproxy", "HAProxy"};
                    case WEB_SERVER -> new String[] {"nginx", "Nginx"};
                    case APP_SERVER -> new String[] {"app", "App server"};
                    case APP_FILES -> new String[] {"files", "App files"};
                    default -> new String[] {"mysql", "MySQL"};
                };
                components.add(new Component(id + "." + name[0], r, id, name[1]));
                ids.add(id + "." + name[0]);
            }
            hosts.add(new Host(id, id, "10.0.0." + (10 + hosts.size()), ids));
        }

        void link(String from, String to, LinkPurpose purpose) {
            links.add(new Link(from, to, purpose));
        }

        Topology topology(ExampleDesigns which, List<Backend> backends, String primary) {
            return new Topology(which.code, which.title, Stages.DOMAIN, hosts, components, links, Stages.clients(),
                    "lb-01.haproxy", backends, primary);
        }
    }
}
