package io.infraviz.sim.db;

/**
 * The MySQL errors the application meets, with their numbers and the words MariaDB's client
 * library (Connector/C) and server give them, so the event log reads like a real application log.
 */
public enum MysqlError {
    /** A new connection refused: nothing listens on the port (the process is dead, its host up). */
    CANT_CONNECT(2002, "Can't connect to server on '%s' (111 \"Connection refused\")"),
    /** A new connection that nobody answers: the host is gone, the connect times out. */
    CANT_CONNECT_TIMEOUT(2003, "Can't connect to server on '%s' (110 \"Connection timed out\")"),
    /** A query sent on a pooled connection whose server died since it was last used. */
    GONE_AWAY(2006, "Server has gone away"),
    /** The server died while it was executing the query. */
    LOST_CONNECTION(2013, "Lost connection to server during query"),
    /** A write that reached a server with read_only on. */
    READ_ONLY(1290, "The MariaDB server is running with the --read-only option so it cannot execute this statement");

    private final int code;
    private final String words;

    MysqlError(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public int code() {
        return code;
    }

    /** As an application logs it, e.g. {@code ERROR 2006 (HY000): Server has gone away}. */
    public String message(String server) {
        return "ERROR " + code + " (HY000): " + String.format(words, server);
    }
}
