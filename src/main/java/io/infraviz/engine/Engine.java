package io.infraviz.engine;

/**
 * The discrete-event core: a virtual clock in microseconds and a queue of events. It knows
 * nothing about load balancers or databases. Single-threaded: call it from one thread at a time.
 */
public final class Engine {
    private final EventQueue queue = new EventQueue();
    private long now;
    private long eventsRun;

    /** The current simulated time in microseconds. */
    public long now() {
        return now;
    }

    /** How many events have run so far. */
    public long eventsRun() {
        return eventsRun;
    }

    /** Events waiting to run. */
    public int pending() {
        return queue.size();
    }

    /**
     * Schedules an event {@code delay} microseconds from now.
     *
     * @throws IllegalArgumentException if the delay is negative
     */
    public void schedule(long delay, Scheduled event) {
        if (delay < 0) {
            throw new IllegalArgumentException("cannot schedule an event in the past (delay " + delay + " us)");
        }
        queue.add(now + delay, event);
    }

    /**
     * Schedules an event at an absolute time.
     *
     * @throws IllegalArgumentException if the time is before now
     */
    public void scheduleAt(long time, Scheduled event) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule an event at " + time + " us, before now (" + now + " us)");
        }
        queue.add(time, event);
    }

    /**
     * Schedules an event at {@code time} that runs after every ordinary event of that time (user
     * actions: applied once the clock has reached a moment, and replayed the same way).
     *
     * @throws IllegalArgumentException if the time is before now
     */
    public void scheduleLateAt(long time, Scheduled event) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule an event at " + time + " us, before now (" + now + " us)");
        }
        queue.add(time, event, true);
    }

    /**
     * Schedules a timer at an absolute time (now, if that has passed already); it can be called
     * off with {@link #cancel(Timer)} until it fires.
     *
     * @throws IllegalStateException if the timer is already pending
     */
    public void startTimer(long time, Timer timer) {
        if (timer.pending()) {
            throw new IllegalStateException("the timer is already pending");
        }
        queue.add(Math.max(time, now), timer);
    }

    /** Calls a timer off: it will not fire. Nothing happens if it is not pending (fired, cancelled, never started). */
    public void cancel(Timer timer) {
        if (timer != null && timer.pending()) {
            queue.remove(timer);
        }
    }

    /** Time of the next event, or {@link Long#MAX_VALUE} when none is waiting. */
    public long peekTime() {
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peekTime();
    }

    /** Runs the next event, if any; returns false when there was none. */
    public boolean step() {
        if (queue.isEmpty()) {
            return false;
        }
        now = queue.peekTime();
        Scheduled e = queue.poll();
        eventsRun++;
        e.fire();
        return true;
    }

    /** Runs every event up to and including {@code time}, then sets the clock to {@code time}. */
    public void runUntil(long time) {
        runUntil(time, Long.MAX_VALUE);
    }

    /**
     * Like {@link #runUntil(long)} but stops after {@code maxEvents} events, leaving the clock at
     * the last event run; returns true when it reached {@code time}. Lets a UI keep each frame short.
     */
    public boolean runUntil(long time, long maxEvents) {
        long budget = maxEvents;
        while (!queue.isEmpty() && queue.peekTime() <= time) {
            if (budget-- <= 0) {
                return false;
            }
            now = queue.peekTime();
            Scheduled e = queue.poll();
            eventsRun++;
            e.fire();
        }
        if (time > now) {
            now = time;
        }
        return true;
    }
}
