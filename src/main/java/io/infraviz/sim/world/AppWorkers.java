package io.infraviz.sim.world;

import java.util.ArrayList;
import java.util.List;

/** Hands application-server workers to travellers, queueing them when all are busy. */
public final class AppWorkers {
    public enum Admission { STARTED, QUEUED, REJECTED }

    private final World world;
    private final Travel travel;

    public AppWorkers(World world, Travel travel) {
        this.world = world;
        this.travel = travel;
    }

    /** Gives the traveller a worker now, queues it, or rejects it when the queue is full. */
    public Admission admit(Traveller t, AppServerState app) {
        if (app.busy < world.settings().capacity().appWorkers()) {
            app.busy++;
            return Admission.STARTED;
        }
        if (app.queue.size() < world.settings().capacity().appQueue()) {
            app.queue.addLast(t);
            travel.park(t, app.component);
            return Admission.QUEUED;
        }
        return Admission.REJECTED;
    }

    /** Frees a worker taken in {@code epoch} (if the server has not been restarted since) and starts the next in line. */
    public void release(AppServerState app, int epoch) {
        if (epoch != app.epoch) {
            return;
        }
        app.busy--;
        startQueued(app);
    }

    /** Starts queued work while workers are free and the server runs. */
    public void startQueued(AppServerState app) {
        while (app.component.running() && app.busy < world.settings().capacity().appWorkers() && !app.queue.isEmpty()) {
            Traveller next = app.queue.pollFirst();
            app.busy++;
            next.workStarted();
        }
    }

    /** The process is gone: its queue and its work in progress with it. */
    public void drop(AppServerState app) {
        app.epoch++;
        app.busy = 0;
        List<Traveller> queued = new ArrayList<>(app.queue);
        app.queue.clear();
        for (Traveller t : queued) {
            t.arrive();
        }
    }
}
