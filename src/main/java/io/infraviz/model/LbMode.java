package io.infraviz.model;

/**
 * Whether both web servers take traffic (active-active) or the second one is a HAProxy
 * {@code backup} server that takes traffic only while no active server is UP (active-passive).
 */
public enum LbMode implements Coded {
    ACTIVE_ACTIVE("active-active"),
    ACTIVE_PASSIVE("active-passive");

    private final String code;

    LbMode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
