package io.infraviz.sim.db;

/**
 * A Replica's I/O thread, as {@code SHOW REPLICA STATUS} reports it (Slave_IO_Running): connected
 * to its Primary and receiving, trying to reconnect every MASTER_CONNECT_RETRY, or not running.
 */
public enum IoThreadState {
    /** Slave_IO_Running: Yes. */
    CONNECTED("connected"),
    /** Slave_IO_Running: Connecting; Seconds_Behind_Master is NULL. */
    CONNECTING("connecting"),
    /** Slave_IO_Running: No (the server is down, or a safe promotion stopped the thread). */
    STOPPED("stopped");

    private final String code;

    IoThreadState(String code) {
        this.code = code;
    }

    /** The word output uses, e.g. {@code connecting}. */
    public String code() {
        return code;
    }
}
