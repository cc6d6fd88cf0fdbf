package io.infraviz.model;

/**
 * One server line of the load balancer's backend, as in HAProxy's {@code server} keyword.
 *
 * @param name        the server's name in HAProxy, which is its host id (e.g. {@code web-02})
 * @param componentId the web server component the load balancer connects to
 * @param weight      its weight for weighted round robin (1..256)
 * @param backup      true for a {@code backup} server (active-passive)
 */
public record Backend(String name, String componentId, int weight, boolean backup) {
    /** The weights HAProxy's {@code weight} accepts. */
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 256;
}
