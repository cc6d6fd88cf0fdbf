package io.infraviz.cli;

import io.infraviz.engine.SimTime;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Prints one CSV row per request, in request order, as soon as all earlier requests are done
 * (answers arrive out of order; a small buffer puts them back in order).
 */
final class CsvReport implements SimulationListener {
    static final String HEADER = "index,start_ms,end_ms,kind,client,backend,db,status,outcome,latency_ms";

    private final PrintWriter out;
    private final PriorityQueue<RequestResult> waiting = new PriorityQueue<>(Comparator.comparingLong(RequestResult::index));
    private long next;

    CsvReport(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.RequestCompleted rc) {
            waiting.add(rc.result());
            while (!waiting.isEmpty() && waiting.peek().index() == next) {
                out.println(row(waiting.poll()));
                next++;
            }
        }
    }

    static String row(RequestResult r) {
        return r.index() + "," + SimTime.formatMs(r.startUs()) + "," + SimTime.formatMs(r.endUs()) + ","
                + r.kind().code() + "," + r.client() + "," + r.backend() + "," + r.database() + ","
                + r.outcome().status() + "," + r.outcome().code() + "," + SimTime.formatMs(r.latencyUs());
    }

    /** Prints what is left (only requests whose earlier neighbours never ended, which a finished run does not have). */
    void flush() {
        while (!waiting.isEmpty()) {
            out.println(row(waiting.poll()));
        }
        out.flush();
    }
}
