package io.infraviz.configs;

import io.infraviz.model.Role;

import java.util.OptionalInt;

/**
 * The TCP ports the files use: the programs' standard ones, and for the application server the
 * port the README asks it to listen on (the design does not say which application it is).
 */
final class Ports {
    static final int HTTP = 80;
    static final int HTTPS = 443;
    static final int APP = 8000;
    static final int MYSQL = 3306;
    static final int SSH = 22;

    private Ports() {
    }

    /** The port a component of this role listens on, if it listens on one the files know. */
    static OptionalInt of(Role role) {
        return switch (role) {
            case LOAD_BALANCER, WEB_SERVER -> OptionalInt.of(HTTP);
            case APP_SERVER -> OptionalInt.of(APP);
            case DATABASE -> OptionalInt.of(MYSQL);
            default -> OptionalInt.empty();
        };
    }
}
