package io.infraviz.model;

/** What a component does in the infrastructure; decides how the simulation treats it. */
public enum Role {
    CLIENT("Users"),
    DNS("DNS server"),
    LOAD_BALANCER("Load balancer"),
    WEB_SERVER("Web server"),
    APP_SERVER("Application server"),
    APP_FILES("Application files"),
    DATABASE("Database"),
    FIREWALL("Firewall"),
    MONITORING_AGENT("Monitoring agent"),
    MONITORING_SERVICE("Monitoring service"),
    VIRTUAL_IP("Virtual IP");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    /** A short human name for the role, e.g. "Load balancer". */
    public String title() {
        return title;
    }
}
