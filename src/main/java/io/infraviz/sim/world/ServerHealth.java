package io.infraviz.sim.world;

/** The load balancer's verdict on a server, from its health checks. */
public enum ServerHealth {
    UP,
    DOWN
}
