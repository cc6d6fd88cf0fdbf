package io.infraviz.model;

/** A user action: reading a page (reads the database) or posting a form (writes it). */
public enum RequestKind implements Coded {
    READ("read"),
    WRITE("write");

    private final String code;

    RequestKind(String code) {
        this.code = code;
    }

    /** The lower-case word used in CSV and JSON. */
    @Override
    public String code() {
        return code;
    }
}
