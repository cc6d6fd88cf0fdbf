package io.infraviz.model;

/**
 * HAProxy health-check depth: TCP only opens a connection; HTTP sends {@code GET /health} and
 * wants a 2xx or 3xx answer ({@code option httpchk}).
 */
public enum CheckType implements Coded {
    TCP("tcp"),
    HTTP("http");

    private final String code;

    CheckType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
