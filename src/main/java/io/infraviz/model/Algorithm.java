package io.infraviz.model;

import java.util.Optional;

/** The load balancer's {@code balance} algorithm. */
public enum Algorithm implements Coded {
    ROUND_ROBIN("roundrobin", "Round robin"),
    WEIGHTED("weighted", "Weighted round robin"),
    LEAST_CONNECTIONS("leastconn", "Least connections"),
    SOURCE("source", "Source IP hash");

    private final String code;
    private final String title;

    Algorithm(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The algorithm with this command-line code, e.g. {@code leastconn}. */
    public static Optional<Algorithm> fromCode(String code) {
        return Coded.find(Algorithm.class, code);
    }
}
