/**
 * The running infrastructure as one facade: {@link io.infraviz.sim.Simulation} wires the flows of the
 * sub-packages together and {@link io.infraviz.sim.SimulationView} is what the window reads. The arrows go
 * down only: sim, then request and fault, then lb, db, security and monitoring, then world, then net and dns.
 */
package io.infraviz.sim;
