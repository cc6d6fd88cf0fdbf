package io.infraviz.sim;

import io.infraviz.model.Host;

/** Whether a host (a whole machine) is up. */
final class HostState {
    final Host host;
    final int index;
    boolean down;

    HostState(Host host, int index) {
        this.host = host;
        this.index = index;
    }
}
