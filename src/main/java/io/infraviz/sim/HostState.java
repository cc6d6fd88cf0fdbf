package io.infraviz.sim;

import io.infraviz.model.Host;

/** Whether a host (a whole machine) is up. Public for the simulation's sub-packages only. */
public final class HostState {
    final Host host;
    final int index;
    boolean down;

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
