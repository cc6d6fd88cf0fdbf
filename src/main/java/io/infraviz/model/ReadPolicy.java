package io.infraviz.model;

/** Where the application sends its reads. Writes always go to the Primary. */
public enum ReadPolicy implements Coded {
    /** Reads go to a Replica; to the Primary when no Replica answers. */
    REPLICA("replica"),
    /** Reads go to the Primary too. */
    PRIMARY("primary"),
    /** Reads go to the database on the application's own host; elsewhere when it does not answer. */
    LOCAL("local"),
    /** Reads alternate over every database the application knows. */
    ANY("any");

    private final String code;

    ReadPolicy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
