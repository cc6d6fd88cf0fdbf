package io.infraviz.scenario;

import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;

import java.util.Arrays;
import java.util.Optional;

/**
 * Short, correct explanations of each part of the infrastructure and of each idea the lesson
 * covers, in our own words. Where the usual student write-ups get something wrong (HAProxy
 * "typically active-passive", a second server "reducing redundancy", a "centralized storage"), the
 * text says what is true, and {@link Concept#lesson()} names the built-in lesson that shows it.
 */
public final class Explanations {
    /** What Nginx answers when the application fails it (said for the role and for the concept). */
    private static final String NGINX_UPSTREAM_ERRORS = "When the application refuses the connection (it is dead), "
            + "Nginx answers 502 Bad Gateway at once; when it accepts the request and never answers (hung), Nginx "
            + "waits proxy_read_timeout (60 s) and answers 504 Gateway Timeout, unless the load balancer's own "
            + "timeout server runs out first (a 504 too).";
    /** The connections a firewall of this design lets in. */
    private static final String FIREWALL_ALLOWS = "users to the load balancer's web port, the load balancer to the "
            + "web servers, the applications to MySQL, the Replica to the Primary (replication), and SSH only from "
            + "an administrator's address";

    private Explanations() {
    }

    /** What a component with this role is and why it is there. */
    public static String of(Role role) {
        return switch (role) {
            case CLIENT -> "Browsers of the site's users. Each has its own IP address and a cached DNS answer, so it "
                    + "does not ask DNS before every request. Here it is kept for the record's TTL, as the user's "
                    + "resolver keeps it; a browser itself keeps an answer about a minute, whatever the TTL.";
            case DNS -> "Turns www.foobar.com into the load balancer's IP address (an A record). Answers are cached "
                    + "(by the users' resolvers for the TTL, by browsers for about a minute), so a dead DNS server is "
                    + "noticed only when those caches expire: a single point of failure, delayed by caching.";
            case LOAD_BALANCER -> "HAProxy spreads requests over the web servers (round robin by default) and checks "
                    + "their health. A server that fails 'fall' checks in a row is marked DOWN and gets no more "
                    + "traffic; until then it still gets its turn. A connection that is refused or times out is "
                    + "retried ('retries', 3 by default); an error or a late answer is not, unless 'retry-on' (since "
                    + "HAProxy 2.0) says so. With one load balancer, it is itself a single point of failure: when it "
                    + "dies, every request fails.";
            case WEB_SERVER -> "Nginx accepts the HTTP connection, serves static files and passes the page request "
                    + "to the application server. " + NGINX_UPSTREAM_ERRORS;
            case APP_SERVER -> "Runs the site's code: builds each page, reading from the database, and saves forms by "
                    + "writing to it. It has a fixed number of workers; extra requests wait in a queue.";
            case APP_FILES -> "The code base the application server runs. Each server has its own copy, so both can "
                    + "serve the site on their own; a new version must be deployed to both.";
            case DATABASE -> "MySQL. The Primary takes every write; the Replica receives the Primary's writes "
                    + "asynchronously, as a continuous stream, and serves reads. Each holds its own copy of the data: "
                    + "there is no shared storage. A read from the Replica can be stale: the write may not be applied "
                    + "yet. If the Primary dies, writes fail until a Replica is promoted; a plain promotion loses the "
                    + "writes the Replica had not received and those it had received but not applied yet.";
            case FIREWALL -> "Lets only the intended traffic in (" + FIREWALL_ALLOWS + ") and drops the rest.";
            case MONITORING_AGENT -> "Collects this server's metrics and errors and sends them to the monitoring service.";
            case MONITORING_SERVICE -> "Receives the agents' data, draws dashboards and alerts people when something "
                    + "dies or the error rate rises.";
            case VIRTUAL_IP -> "An address shared by two load balancers: it moves to the passive one when the active one fails.";
        };
    }

    /**
     * What a link of this purpose carries and what cutting it does (a cut stops traffic both ways,
     * as a pulled cable or a firewall rule would).
     */
    public static String ofLink(LinkPurpose purpose) {
        return switch (purpose) {
            case DNS -> "Carries the users' DNS lookups of www.foobar.com (through their resolvers). Cut it and clients keep "
                    + "using their cached answer until its TTL expires; after that they cannot find the site (DNS failure).";
            case HTTP -> "Carries the HTTP requests and their answers between these two parts. Cut it and requests "
                    + "that must cross it fail (connection refused or timeout); a health check that crosses it "
                    + "fails too, so the load balancer marks the server behind it DOWN.";
            case FILES -> "The application server reading its code base. Cut it and the application cannot load "
                    + "its code: its pages fail.";
            case DATABASE -> "The application's SQL connection to MySQL: queries for reads, INSERT/UPDATE for "
                    + "writes. Cut it and whatever this application sends to that database fails; this application "
                    + "then tries another database for reads (its own choice), writes cannot.";
            case REPLICATION -> "The Replica's I/O thread: one connection to the Primary, over which the binary log "
                    + "streams as each write is committed (asynchronous replication). Cut it and nothing fails "
                    + "outright: the Replica stops receiving writes, its lag grows and reads from it get stale; its "
                    + "I/O thread tries to reconnect every MASTER_CONNECT_RETRY and, healed, catches up.";
            case MONITORING -> "The monitoring agent sending this server's metrics and errors to the monitoring "
                    + "service. Cut it and the service stops hearing from the server: nobody is alerted about it.";
        };
    }

    /** The concept to explain (and show) for a link of this purpose, or null. */
    public static Concept conceptFor(LinkPurpose purpose) {
        return switch (purpose) {
            case DNS -> Concept.DNS;
            case HTTP -> Concept.REQUEST;
            case FILES -> Concept.APP_FILES;
            case DATABASE -> Concept.PRIMARY_REPLICA;
            case REPLICATION -> Concept.REPLICATION;
            case MONITORING -> Concept.MONITORING;
        };
    }

    /** The concept to explain (and show) for a component of this role. */
    public static Concept conceptFor(Role role) {
        return switch (role) {
            case CLIENT -> Concept.REQUEST;
            case DNS -> Concept.DNS;
            case LOAD_BALANCER -> Concept.LOAD_BALANCER;
            case WEB_SERVER -> Concept.WEB_SERVER;
            case APP_SERVER -> Concept.APP_SERVER;
            case APP_FILES -> Concept.APP_FILES;
            case DATABASE -> Concept.PRIMARY_REPLICA;
            case FIREWALL -> Concept.FIREWALL;
            case MONITORING_AGENT, MONITORING_SERVICE -> Concept.MONITORING;
            case VIRTUAL_IP -> Concept.VIRTUAL_IP;
        };
    }

    /**
     * The ideas a student must be able to explain, each with a short explanation and the built-in
     * lesson that shows it ("Show me"). {@link #code()} is what a lesson's {@code concept} field holds.
     */
    public enum Concept {
        REQUEST("request", "A request's journey",
                "A page view or a form travels hop by hop: the browser asks DNS for the site's address (unless its "
                        + "cached answer is still valid), connects to the load balancer, which passes the request to one "
                        + "web server's Nginx; Nginx hands it to the application server, which runs the code from its "
                        + "application files and queries MySQL. The answer goes back the same way.",
                "request-journey"),
        SERVER("server", "Server",
                "A computer, physical or virtual, that runs software and answers over the network. This design uses "
                        + "three: one for the load balancer, and two identical ones, each with Nginx, the application "
                        + "server, the code and MySQL. Several servers give more capacity, and one can fail without "
                        + "taking the site down.",
                "request-journey"),
        DNS("dns", "DNS",
                "The Internet's directory: it turns www.foobar.com into an IP address, here the load balancer's. "
                        + "Answers are cached: the users' recursive resolvers keep them for the record's TTL, browsers "
                        + "for about a minute whatever the TTL. If the site's DNS server dies, a resolver with a cached "
                        + "answer hides it until that answer expires; then nobody can find the site. It is a single "
                        + "point of failure, delayed by caching (real domains have several name servers).",
                "dns-dies"),
        LOAD_BALANCER("load-balancer", "Load balancer (why it is added)",
                "It is added so that two servers can serve one site. Users reach one address, the load balancer's, "
                        + "and HAProxy spreads their requests over the web servers. Its health checks take a dead server "
                        + "out of the rotation, so one server can fail and the site stays up. But a single load "
                        + "balancer is itself a single point of failure: if it dies, every request fails.",
                "web-server-dies"),
        WEB_SERVER("web-server", "Web server (Nginx)",
                "Accepts the browsers' HTTP connections, sends static files (images, style sheets) itself and passes "
                        + "page requests to the application server. " + NGINX_UPSTREAM_ERRORS + " If Nginx itself is "
                        + "dead, the connection is refused.",
                "nginx-dies"),
        APP_SERVER("app-server", "Application server",
                "Runs the site's code: builds each page from the database and saves what users submit. It works on a "
                        + "few requests at once (its workers); the rest wait in a queue. A dead application behind a "
                        + "running Nginx is only noticed by a health check that asks for a page.",
                "app-dies-tcp-vs-http"),
        APP_FILES("app-files", "Application files (code base)",
                "The site's code, which the application server runs. Each server has its own copy, so each can serve "
                        + "the site alone; a new version must be deployed to every server. There is no central storage "
                        + "in this design, and the two web servers are equals, not a 'primary' and a 'replica': only "
                        + "the databases are.",
                "equal-web-servers"),
        ROUND_ROBIN("round-robin", "Round robin",
                "The load balancer gives each new request to the next server in the list, in turn (web-01, web-02, "
                        + "web-01...), among the servers its health checks say are UP. Over time each gets the same "
                        + "share. It does not look at how busy or healthy a server really is: a broken server that "
                        + "still passes its checks keeps getting its turn.",
                "round-robin"),
        ALGORITHMS("algorithms", "Other balancing algorithms",
                "Weighted round robin gives each server turns in proportion to its weight (a server twice as big gets "
                        + "weight 2). Least connections sends each request to the server with the fewest requests in "
                        + "progress, so a slow server gets fewer. Source hashing picks the server from the user's IP "
                        + "address, so a user keeps reaching the same server (useful when sessions live on a server), "
                        + "at the cost of uneven load.",
                "algorithms"),
        ACTIVE_ACTIVE_PASSIVE("active-active-passive", "Active-active and active-passive",
                "Active-active: every server takes traffic; the load is shared, and if one fails the others carry on. "
                        + "Active-passive: one server takes all the traffic while the other waits and takes over only "
                        + "when the first fails, so half the capacity sits idle. HAProxy is not 'typically' either: it "
                        + "does what its configuration says. Servers listed normally are all active (active-active, as "
                        + "here); a server marked 'backup' is passive. A pair of load balancers sharing a virtual IP, on "
                        + "the other hand, is usually run active-passive.",
                "active-passive"),
        HEALTH_CHECKS("health-checks", "Health checks",
                "The load balancer tests each server every 'inter' (2 s here). After 'fall' failures in a row (3) the "
                        + "server is marked DOWN and gets no traffic; after 'rise' successes (2) it is UP again. Until "
                        + "it is DOWN, a dead server still gets its turn and those requests fail. A TCP check only "
                        + "opens a connection; an HTTP check asks for a page, so it also notices a dead application "
                        + "behind a running Nginx. HAProxy learns of failures from these checks; 'observe layer7' (off "
                        + "by default) can also mark a server down from errors in live traffic. It logs a server going "
                        + "DOWN at alert level and shows it on its stats page, but nobody is alerted unless someone "
                        + "reads them.",
                "app-dies-tcp-vs-http"),
        REPLICATION("replication", "Primary-Replica replication",
                "One MySQL server, the Primary, takes every write and records it in its binary log. The Replica's I/O "
                        + "thread keeps a connection open to it and receives that log as a continuous stream, each "
                        + "write as it is committed (not copies made now and then); its SQL thread applies them a "
                        + "moment later. Replication is asynchronous: the OK leaves for the client at the commit, and "
                        + "the copy leaves for the Replica at the same moment, on its own. The two race, so a read "
                        + "of the Replica sent right after the OK is often stale, while MySQL's Seconds_Behind_Master, "
                        + "in whole seconds, says 0. If the Primary dies, a plain promotion loses the writes the "
                        + "Replica never received and those it received but had not applied (its relay log is "
                        + "discarded). There is no shared, central storage: each database server holds its own copy.",
                "replication-cut"),
        PRIMARY_REPLICA("primary-replica", "The Primary and the Replica, for the application",
                "The application sends every write to the address it is configured with: the Primary. A Replica "
                        + "with read_only on, as here, refuses writes (error 1290); MariaDB's default is off, and then "
                        + "a Replica silently accepts a write sent to it and diverges. Reads may go to the Replica, "
                        + "which spreads the load but can return slightly old data: a write's own page, read back "
                        + "right after it, is the page most likely to miss it, so data a user has just written should "
                        + "be read from the Primary. If the Replica dies, this application sends its reads to the "
                        + "Primary (its own choice, in its code: MySQL redirects nothing); if the Primary dies, writes "
                        + "fail until the Replica is promoted.",
                "primary-dies"),
        SINGLE_POINT_OF_FAILURE("single-point-of-failure", "Single point of failure",
                "A part whose failure alone stops the service, or part of it. Here: the load balancer and DNS for all "
                        + "traffic, the MySQL Primary for writes. A second web server does not remove them. The "
                        + "application server is one only in the one-server stage: in the distributed design each web "
                        + "server has its own. The issues panel finds them by failing each part in turn in the simulation.",
                "lb-dies"),
        REDUNDANCY("redundancy", "Redundancy",
                "More than one part able to do the same job, so that one can fail and the others carry on. A second "
                        + "web server adds redundancy, it does not reduce it: when one dies, the load balancer sends "
                        + "everything to the other. It only protects what is doubled: one load balancer or one Primary "
                        + "is still a single point of failure.",
                "redundancy"),
        CAPACITY("capacity", "Capacity and overload",
                "Each application server works on a few requests at once; the others wait in a queue. When requests "
                        + "arrive faster than they are finished, queues and waiting times grow, then requests time out "
                        + "(504) or are turned away when a queue is full (502). Active-passive has half the capacity of "
                        + "active-active.",
                "overload"),
        FIREWALL("firewall", "Firewall",
                "Filters connections by source, destination and port, and lets in only what the design needs: "
                        + FIREWALL_ALLOWS + ". Without one, anyone on the Internet can connect to MySQL (3306) or SSH (22) on every "
                        + "server and try passwords or exploits.",
                "no-firewall"),
        HTTPS("https", "HTTPS",
                "HTTP inside TLS (often still called SSL, its predecessor, which is obsolete and switched off "
                        + "everywhere; today's versions are TLS 1.2 and 1.3): browser and server encrypt what they "
                        + "exchange, and the server proves who it is with a certificate. Without it, anyone on the "
                        + "way (a Wi-Fi network, a provider) can read and change the traffic, passwords included. "
                        + "Here TLS ends at the load balancer, which holds the certificate; behind it, on the private "
                        + "network, the traffic is plain HTTP.",
                "no-https"),
        MONITORING("monitoring", "Monitoring",
                "Agents on the servers send metrics and errors to a monitoring service, which shows dashboards "
                        + "(requests per second, errors, latency) and alerts people when something dies or misbehaves. "
                        + "Without it, a failure the load balancer hides from users can go unnoticed until the next one "
                        + "turns it into an outage: HAProxy logs the server going DOWN and shows it on its stats page, "
                        + "but nobody is alerted unless someone reads its logs.",
                "no-monitoring"),
        VIRTUAL_IP("virtual-ip", "Virtual IP and load-balancer failover",
                "An address not tied to one machine. Two load balancers share it: the active one answers on it, and if "
                        + "it fails the passive one claims the address within seconds (VRRP, as keepalived does). Users "
                        + "keep the same address, no DNS change is needed, and the load balancer is no longer a single "
                        + "point of failure.",
                "fixing-spofs");

        private final String code;
        private final String title;
        private final String text;
        private final String lesson;

        Concept(String code, String title, String text, String lesson) {
            this.code = code;
            this.title = title;
            this.text = text;
            this.lesson = lesson;
        }

        /** Short id, as in a lesson's {@code concept} field, e.g. {@code round-robin}. */
        public String code() {
            return code;
        }

        /** A heading, e.g. "Round robin". */
        public String title() {
            return title;
        }

        /** The explanation, a few plain sentences. */
        public String text() {
            return text;
        }

        /** The name of the built-in lesson that shows it ("Show me"). */
        public String lesson() {
            return lesson;
        }

        /** The concept with this code, if any. */
        public static Optional<Concept> fromCode(String code) {
            return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
        }
    }
}
