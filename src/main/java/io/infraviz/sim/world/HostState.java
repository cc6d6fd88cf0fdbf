package io.infraviz.sim.world;

import io.infraviz.model.Host;

/** Whether a host (a whole machine) is up. */
public final class HostState {
    final Host host;
    final int index;
    private boolean down;

    HostState(Host host, int index) {
        this.host = host;
        this.index = index;
    }

    public Host host() {
        return host;
    }

    public String id() {
        return host.id();
    }

    public int index() {
        return index;
    }

    public boolean down() {
        return down;
    }

    public void setDown(boolean value) {
        down = value;
    }
}
