package io.infraviz.sim.world;

/** The running state of one component as faults left it. */
public enum ComponentStatus {
    RUNNING("running"),
    KILLED("killed"),
    HOST_DOWN("host down"),
    HUNG("hung (not answering)"),
    ERRORING("answering errors");

    private final String words;

    ComponentStatus(String words) {
        this.words = words;
    }

    /** Plain words for the inspector and the event log. */
    public String words() {
        return words;
    }
}
