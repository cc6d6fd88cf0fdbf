package io.infraviz.ui.design;

import io.infraviz.model.Role;

/** What the palette offers: a server, and each part the engine knows, with the name it is drawn with. */
enum PartKind {
    SERVER("Server", null, "server", "Drop on the canvas; then drop parts into it"),
    HAPROXY("HAProxy", Role.LOAD_BALANCER, "haproxy", "Load balancer: spreads requests over web servers"),
    NGINX("Nginx", Role.WEB_SERVER, "nginx", "Web server: answers HTTP, passes requests to the app server"),
    APP("App server", Role.APP_SERVER, "app", "Runs the application code"),
    FILES("App files", Role.APP_FILES, "files", "The code base the app server loads"),
    MYSQL("MySQL", Role.DATABASE, "mysql", "Database; link Primary to Replica for replication"),
    FIREWALL("Firewall", Role.FIREWALL, "firewall", "Guards its server; needs no links"),
    AGENT("Monitoring agent", Role.MONITORING_AGENT, "agent", "Reports its server to the monitoring service"),
    USERS("Users", Role.CLIENT, "users", "The browsers; on the Internet"),
    DNS("DNS", Role.DNS, "dns", "Resolves the site's name; on the Internet"),
    VIP("Virtual IP", Role.VIRTUAL_IP, "vip", "An address a pair of HAProxies shares; on the Internet"),
    MONITORING("Monitoring service", Role.MONITORING_SERVICE, "monitoring", "Collects the agents' reports; on the Internet");

    final String title;
    final Role role;
    /** The id stem of a new part, e.g. {@code web-01.nginx}. */
    final String stem;
    final String hint;

    PartKind(String title, Role role, String stem, String hint) {
        this.title = title;
        this.role = role;
        this.stem = stem;
        this.hint = hint;
    }

    /** The palette entry of a role (a server for none). */
    static PartKind of(Role role) {
        for (PartKind k : values()) {
            if (k.role == role) {
                return k;
            }
        }
        return SERVER;
    }

    /** Parts that live on the Internet rather than on one of our servers. */
    boolean onInternet() {
        return role == Role.CLIENT || role == Role.DNS || role == Role.VIRTUAL_IP || role == Role.MONITORING_SERVICE;
    }

    /** A new cell's size; the server's parts are then lined up as the live diagram does. */
    double width() {
        return this == SERVER ? 200 : 116;
    }

    double height() {
        return this == SERVER ? 130 : 90;
    }

    /** The label a new part of this kind gets (as the built-in stages draw it; the DNS's adds the site's name). */
    String label() {
        return switch (this) {
            case AGENT -> "Agent";
            case MONITORING -> "Monitoring";
            default -> title;
        };
    }
}
