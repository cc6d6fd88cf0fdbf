/**
 * Faults: the rules that say which action applies to which part ({@link io.infraviz.sim.fault.FaultRules}),
 * faults scheduled in time, and the injector that does their effect on the load balancers, databases and
 * parts. The actions themselves are plain values in {@code model}.
 */
package io.infraviz.sim.fault;
