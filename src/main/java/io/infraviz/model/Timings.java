package io.infraviz.model;

/**
 * Every duration of the simulation, in microseconds of simulated time. A preset fills them all;
 * nothing in the engine uses a duration that is not named here or in {@link LbSettings}.
 *
 * @param internetHop       one way between a user and the data centre
 * @param lanHop            one way between two of our servers
 * @param localHop          one way between two components on the same server
 * @param dnsProcessing     the DNS server answering a query
 * @param lbProcessing      HAProxy handling a request on its way in or out
 * @param webProcessing     Nginx handling a request on its way in or out
 * @param appProcessing     the application server's own work for one request (before jitter)
 * @param filesRead         reading the code base from the application files
 * @param dbRead            MySQL executing a read query
 * @param dbWrite           MySQL executing and committing a write
 * @param replicationApply  the Replica applying one replicated write
 * @param dnsTtl            how long clients cache the DNS answer (the A record's TTL)
 * @param dnsTimeout        how long a client's resolver waits for a DNS answer
 * @param clientTimeout     how long a browser waits for a connection or an answer
 * @param dbConnectTimeout  how long the application's driver waits to connect to a MySQL it gets no
 *                          answer from (a host that is down: "no route to host" once ARP gives up)
 * @param proxyTimeout      Nginx's proxy_connect_timeout and proxy_read_timeout towards the app
 * @param dbRetryAfter      how long the application avoids a database it could not connect to
 *                          before trying it again (its connection pool's back-off)
 * @param vipFailover       how long the passive load balancer takes to claim a virtual IP (VRRP)
 * @param jitterPercent     +/- spread applied to processing times (0..90)
 */
public record Timings(long internetHop, long lanHop, long localHop, long dnsProcessing, long lbProcessing,
                      long webProcessing, long appProcessing, long filesRead, long dbRead, long dbWrite,
                      long replicationApply, long dnsTtl, long dnsTimeout, long clientTimeout,
                      long dbConnectTimeout, long proxyTimeout, long dbRetryAfter, long vipFailover,
                      int jitterPercent) {

    public Timings {
        long[] all = {internetHop, lanHop, localHop, dnsProcessing, lbProcessing, webProcessing, appProcessing,
                filesRead, dbRead, dbWrite, replicationApply, dnsTtl, dnsTimeout, clientTimeout,
                dbConnectTimeout, proxyTimeout, dbRetryAfter, vipFailover};
        for (long v : all) {
            if (v < 0) {
                throw new IllegalArgumentException("durations must not be negative");
            }
            if (v > Limits.MAX_TIME_MS * 1000) {
                throw new IllegalArgumentException("a duration must be at most " + Limits.MAX_TIME_WORDS + ", got " + v / 1000 + " ms");
            }
        }
        if (jitterPercent < 0 || jitterPercent > 90) {
            throw new IllegalArgumentException("jitter must be between 0 and 90 percent");
        }
    }

    /** A copy with the DNS TTL changed. */
    public Timings withDnsTtl(long micros) {
        return new Timings(internetHop, lanHop, localHop, dnsProcessing, lbProcessing, webProcessing, appProcessing,
                filesRead, dbRead, dbWrite, replicationApply, micros, dnsTimeout, clientTimeout, dbConnectTimeout,
                proxyTimeout, dbRetryAfter, vipFailover, jitterPercent);
    }

    /** A copy with the timeouts changed: DNS lookups, the browser, MySQL connections, Nginx towards the app. */
    public Timings withTimeouts(long dns, long client, long dbConnect, long proxy) {
        return new Timings(internetHop, lanHop, localHop, dnsProcessing, lbProcessing, webProcessing, appProcessing,
                filesRead, dbRead, dbWrite, replicationApply, dnsTtl, dns, client, dbConnect, proxy, dbRetryAfter,
                vipFailover, jitterPercent);
    }

    /** A copy with the Replica's apply time per write changed. */
    public Timings withReplicationApply(long micros) {
        return new Timings(internetHop, lanHop, localHop, dnsProcessing, lbProcessing, webProcessing, appProcessing,
                filesRead, dbRead, dbWrite, micros, dnsTtl, dnsTimeout, clientTimeout, dbConnectTimeout,
                proxyTimeout, dbRetryAfter, vipFailover, jitterPercent);
    }

    /** A copy with the application's processing time changed. */
    public Timings withAppProcessing(long micros) {
        return new Timings(internetHop, lanHop, localHop, dnsProcessing, lbProcessing, webProcessing, micros,
                filesRead, dbRead, dbWrite, replicationApply, dnsTtl, dnsTimeout, clientTimeout, dbConnectTimeout,
                proxyTimeout, dbRetryAfter, vipFailover, jitterPercent);
    }

    /** A copy with the processing-time jitter changed. */
    public Timings withJitterPercent(int percent) {
        return new Timings(internetHop, lanHop, localHop, dnsProcessing, lbProcessing, webProcessing, appProcessing,
                filesRead, dbRead, dbWrite, replicationApply, dnsTtl, dnsTimeout, clientTimeout, dbConnectTimeout,
                proxyTimeout, dbRetryAfter, vipFailover, percent);
    }
}
