/**
 * The load balancers: the backend pool and its algorithms, HAProxy's health checks and their probes, the
 * active/passive pair behind a virtual IP. Uses only the shared state (world) and the network.
 */
package io.infraviz.sim.lb;
