package io.infraviz.configs;

/** A design the generator cannot turn into working files; the message names the part and why. */
public final class CannotExpress extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CannotExpress(String part, String why) {
        super("cannot write the configuration of " + part + ": " + why);
    }
}
