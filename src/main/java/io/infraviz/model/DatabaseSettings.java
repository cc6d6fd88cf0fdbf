package io.infraviz.model;

/**
 * The application's use of MySQL, and the Replicas' own configuration.
 *
 * @param readPolicy   where reads go
 * @param records      how many named records the data set has (a small set, so that reads often
 *                     hit a record that was just written)
 * @param readOnly     the Replicas' {@code read_only}: on, a write that reaches one is refused
 *                     (error 1290); off (MariaDB's default), it is accepted and the Replica diverges
 * @param connectRetry the Replicas' MASTER_CONNECT_RETRY in microseconds: how long the I/O thread
 *                     waits between two attempts to reconnect to a Primary it lost (MariaDB: 60 s)
 */
public record DatabaseSettings(ReadPolicy readPolicy, int records, boolean readOnly, long connectRetry) {
    public DatabaseSettings {
        if (records < 1) {
            throw new IllegalArgumentException("the data set needs at least one record");
        }
        if (connectRetry < 1) {
            throw new IllegalArgumentException("the connect retry must be positive");
        }
    }

    public DatabaseSettings withReadPolicy(ReadPolicy p) {
        return new DatabaseSettings(p, records, readOnly, connectRetry);
    }

    public DatabaseSettings withReadOnly(boolean on) {
        return new DatabaseSettings(readPolicy, records, on, connectRetry);
    }

    public DatabaseSettings withConnectRetry(long micros) {
        return new DatabaseSettings(readPolicy, records, readOnly, micros);
    }

    public DatabaseSettings withRecords(int n) {
        return new DatabaseSettings(readPolicy, n, readOnly, connectRetry);
    }
}
