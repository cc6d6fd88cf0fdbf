package io.infraviz.model;

/**
 * How a request ended, as the client saw it. Every outcome has its own colour and shape in the app.
 */
public enum Outcome implements Coded {
    FRESH("fresh", "200", "200 OK"),
    STALE("stale", "200", "200 OK, stale data"),
    SERVER_ERROR("error", "500", "500 Internal Server Error"),
    BAD_GATEWAY("bad_gateway", "502", "502 Bad Gateway"),
    UNAVAILABLE("unavailable", "503", "503 Service Unavailable"),
    GATEWAY_TIMEOUT("gateway_timeout", "504", "504 Gateway Timeout"),
    REFUSED("refused", "-", "connection refused"),
    CLIENT_TIMEOUT("client_timeout", "-", "no answer (browser gave up)"),
    DNS_FAILURE("dns_failure", "-", "DNS lookup failed");

    private final String code;
    private final String status;
    private final String title;

    Outcome(String code, String status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /** Lower-case word used in CSV and JSON, e.g. {@code gateway_timeout}. */
    @Override
    public String code() {
        return code;
    }

    /** The HTTP status the client received, or {@code -} when no HTTP answer came back. */
    public String status() {
        return status;
    }

    /** True when an HTTP answer came back, whatever its status (false: refused, timed out, no DNS). */
    public boolean answered() {
        return !status.equals("-");
    }

    /** Plain words for people, e.g. "503 Service Unavailable". */
    public String title() {
        return title;
    }

    /** True when the user got the page (possibly with stale data). */
    public boolean succeeded() {
        return this == FRESH || this == STALE;
    }
}
