package io.infraviz.model;

/**
 * How much one application server can do at once.
 *
 * @param appWorkers requests an application server works on at the same time
 * @param appQueue   requests that may wait for a worker; beyond that Nginx gets no connection
 */
public record CapacitySettings(int appWorkers, int appQueue) {
    public CapacitySettings {
        if (appWorkers < 1 || appQueue < 0) {
            throw new IllegalArgumentException("an application server needs at least one worker and a queue of 0 or more");
        }
    }

    public CapacitySettings withAppWorkers(int workers) {
        return new CapacitySettings(workers, appQueue);
    }

    public CapacitySettings withAppQueue(int queue) {
        return new CapacitySettings(appWorkers, queue);
    }
}
