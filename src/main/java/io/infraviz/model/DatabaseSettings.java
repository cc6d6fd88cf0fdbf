package io.infraviz.model;

/**
 * The application's use of MySQL.
 *
 * @param readPolicy where reads go
 * @param records    how many named records the data set has (a small set, so that reads often
 *                   hit a record that was just written)
 */
public record DatabaseSettings(ReadPolicy readPolicy, int records) {
    public DatabaseSettings {
        if (records < 1) {
            throw new IllegalArgumentException("the data set needs at least one record");
        }
    }

    public DatabaseSettings withReadPolicy(ReadPolicy p) {
        return new DatabaseSettings(p, records);
    }
}
