/**
 * The shared state of a run, below every flow: the parts (hosts, components, links, clients, application
 * servers) built by {@link io.infraviz.sim.world.WorldBuilder}, the travellers and how they hop
 * ({@link io.infraviz.sim.world.Travel}), and the events the run reports. It knows no flow.
 */
package io.infraviz.sim.world;
