package io.infraviz.sim;

import io.infraviz.model.Component;
import io.infraviz.model.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The changing state of one component: the faults on it and the travellers stuck at it (sent to
 * a hung process, waiting for it to answer). Public for the simulation's sub-packages only.
 */
public final class ComponentState {
    /** Like a kernel's listen backlog: past this many stuck connections, new ones are not accepted. */
    public static final int BACKLOG = 4096;

    final Component component;
    final int index;
    final HostState host;
    boolean killed;
    boolean hung;
    boolean erroring;
    final List<Traveller> stuck = new ArrayList<>();

    ComponentState(Component component, int index, HostState host) {
        this.component = component;
        this.index = index;
        this.host = host;
    }

    public String id() {
        return component.id();
    }

    public Component component() {
        return component;
    }

    public Role role() {
        return component.role();
    }

    /** Position in the topology's component list. */
    public int index() {
        return index;
    }

    /** The host it runs on, or null for something on the Internet. */
    public HostState host() {
        return host;
    }

    /** The id of the host it runs on, or its own id for something on the Internet. */
    public String hostOrSelfId() {
        return host == null ? id() : host.host.id();
    }

    /** Host index, or -1 for components on the Internet. */
    public int hostIndex() {
        return host == null ? -1 : host.index;
    }

    public boolean hostDown() {
        return host != null && host.down;
    }

    public boolean killed() {
        return killed;
    }

    public boolean hung() {
        return hung;
    }

    public boolean erroring() {
        return erroring;
    }

    /** The fault flags, as a kill, a hang, an error or a heal sets them. */
    public void setKilled(boolean value) {
        killed = value;
    }

    public void setHung(boolean value) {
        hung = value;
    }

    public void setErroring(boolean value) {
        erroring = value;
    }

    /** How many travellers wait at it for an answer. */
    public int stuckCount() {
        return stuck.size();
    }

    /** True when the process runs and answers: not killed, not hung, its host up. */
    public boolean running() {
        return !killed && !hung && !hostDown();
    }

    public ComponentStatus status() {
        if (hostDown()) {
            return ComponentStatus.HOST_DOWN;
        }
        if (killed) {
            return ComponentStatus.KILLED;
        }
        if (hung) {
            return ComponentStatus.HUNG;
        }
        return erroring ? ComponentStatus.ERRORING : ComponentStatus.RUNNING;
    }
}
