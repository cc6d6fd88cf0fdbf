package io.infraviz.sim.world;

import io.infraviz.model.Component;
import io.infraviz.model.Role;
import io.infraviz.sim.net.Endpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The changing state of one component: the faults on it and the travellers stuck at it (sent to
 * a hung process, waiting for it to answer).
 */
public final class ComponentState implements Endpoint {
    final Component component;
    final int index;
    final HostState host;
    private boolean killed;
    private boolean hung;
    private boolean erroring;
    private final List<Traveller> stuck = new ArrayList<>();

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
    @Override
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
    @Override
    public int hostIndex() {
        return host == null ? -1 : host.index;
    }

    @Override
    public boolean hostDown() {
        return host != null && host.down();
    }

    @Override
    public boolean killed() {
        return killed;
    }

    @Override
    public boolean hung() {
        return hung;
    }

    @Override
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

    /** A traveller waits at it for an answer. */
    void addStuck(Traveller t) {
        stuck.add(t);
    }

    /** Every traveller waiting at it, in arrival order; none wait afterwards. */
    List<Traveller> takeStuck() {
        List<Traveller> waiting = new ArrayList<>(stuck);
        stuck.clear();
        return waiting;
    }

    /** How many travellers wait at it for an answer. */
    @Override
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
