package io.infraviz.bench;

import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;

/**
 * Engine speed: the distributed stage with the realistic preset (a request every 10 ms of
 * simulated time, health checks, replication), no drawing, run flat out. A hop is one event the
 * engine runs: a request moving one hop or being worked on, a health check, a replication batch,
 * the traffic generator's tick; a request is about 12.5 of them. The floor is a bare event loop doing
 * the same number of events ({@link EventLoopFloor}).
 */
final class EngineBench {
    /** What was measured. */
    record Result(long hops, double seconds, double hopsPerS, double floorHopsPerS, double priorityQueueHopsPerS,
                  long requests, int runs) {
        double ratio() {
            return floorHopsPerS / hopsPerS;
        }

        double hopsPerRequest() {
            return hops / (double) requests;
        }
    }

    private EngineBench() {
    }

    /**
     * Runs the simulation {@code runs} times (each at least {@code minHops} events, after a
     * warm-up) and the floors as many times with the same number of events; medians.
     */
    static Result run(long minHops, int runs) {
        Topology topology = Stages.DISTRIBUTED.topology();
        SimulationSettings settings = Preset.REALISTIC.settings().forTopology(topology);

        // Warm-up (JIT), which also tells how many events a request takes.
        long warmRequests = Math.max(1_000, minHops / 11 / 5);
        Simulation warm = new Simulation(topology, settings, 7);
        warm.startTraffic(warmRequests);
        warm.runToCompletion();
        double perRequest = warm.eventsRun() / (double) warmRequests;
        long requests = (long) Math.ceil(minHops / perRequest * 1.01) + 1;

        double[] sim = new double[runs];
        double[] floor = new double[runs];
        double[] queue = new double[runs];
        long hops = 0;
        long sent = 0;
        double seconds = 0;
        for (int i = 0; i < runs; i++) {
            Simulation s = new Simulation(topology, settings, 1 + i);
            s.startTraffic(requests);
            long t0 = System.nanoTime();
            s.runToCompletion();
            while (s.eventsRun() < minHops && s.step()) {
                // tops up in the unlikely case the estimate fell short (checks keep running)
            }
            long t1 = System.nanoTime();
            hops = s.eventsRun();
            sent = s.requestsSent();
            seconds = (t1 - t0) / 1e9;
            sim[i] = hops / seconds;
            if (i == 0) {
                sink += EventLoopFloor.primitiveHeap(Math.max(10_000, hops / 5));
                sink += EventLoopFloor.priorityQueue(Math.max(10_000, hops / 5));
            }
            long f0 = System.nanoTime();
            sink += EventLoopFloor.primitiveHeap(hops);
            long f1 = System.nanoTime();
            sink += EventLoopFloor.priorityQueue(hops);
            long q1 = System.nanoTime();
            floor[i] = hops / ((f1 - f0) / 1e9);
            queue[i] = hops / ((q1 - f1) / 1e9);
        }
        return new Result(hops, seconds, Stats.median(sim), Stats.median(floor), Stats.median(queue), sent, runs);
    }

    /** Keeps the floors' results alive so the JIT cannot drop the loops. */
    static volatile long sink;
}
