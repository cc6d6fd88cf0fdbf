package io.infraviz.sim;

import io.infraviz.model.Host;

/** Whether a host (a whole machine) is up. */
final class HostState {
    final Host host;
    final int index;
    private boolean down;

    HostState(Host host, int index) {
        this.host = host;
        this.index = index;
    }

    Host host() {
        return host;
    }

    String id() {
        return host.id();
    }

    int index() {
        return index;
    }

    boolean down() {
        return down;
    }

    void setDown(boolean value) {
        down = value;
    }
}
