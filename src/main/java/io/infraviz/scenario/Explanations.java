package io.infraviz.scenario;

import io.infraviz.model.Role;

/** Short, correct explanations of each part of the infrastructure, in our own words. */
public final class Explanations {
    private Explanations() {
    }

    public static String of(Role role) {
        return switch (role) {
            case CLIENT -> "Browsers of the site's users. Each has its own IP address and caches the DNS answer for "
                    + "the record's TTL, so it does not ask DNS before every request.";
            case DNS -> "Turns www.foobar.com into the load balancer's IP address (an A record). Clients cache the "
                    + "answer, so a dead DNS server is noticed only when their cache expires: a single point of "
                    + "failure, delayed by caching.";
            case LOAD_BALANCER -> "HAProxy spreads requests over the web servers (round robin by default) and checks "
                    + "their health. A server that fails 'fall' checks in a row is marked DOWN and gets no more "
                    + "traffic; until then it still gets its turn. With one load balancer, it is itself a single "
                    + "point of failure: when it dies, every request fails.";
            case WEB_SERVER -> "Nginx accepts the HTTP connection, serves static files and passes the page request "
                    + "to the application server. When the application does not answer, Nginx answers 502 Bad Gateway.";
            case APP_SERVER -> "Runs the site's code: builds each page, reading from the database, and saves forms by "
                    + "writing to it. It has a fixed number of workers; extra requests wait in a queue.";
            case APP_FILES -> "The code base the application server runs. Each server has its own copy, so both can "
                    + "serve the site on their own.";
            case DATABASE -> "MySQL. The Primary takes every write; the Replica receives the Primary's writes "
                    + "asynchronously and serves reads. A read from the Replica can be stale: the write may not have "
                    + "arrived yet. If the Primary dies, writes fail until a Replica is promoted, and the writes it "
                    + "had not received are lost.";
            case FIREWALL -> "Lets only the intended traffic in (HTTP/HTTPS to the load balancer, the load balancer to "
                    + "the web servers, the applications to MySQL) and drops the rest.";
            case MONITORING_AGENT -> "Collects this server's metrics and errors and sends them to the monitoring service.";
            case MONITORING_SERVICE -> "Receives the agents' data, draws dashboards and alerts people when something "
                    + "dies or the error rate rises.";
            case VIRTUAL_IP -> "An address shared by two load balancers: it moves to the passive one when the active one fails.";
        };
    }
}
