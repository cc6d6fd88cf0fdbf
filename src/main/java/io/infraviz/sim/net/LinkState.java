package io.infraviz.sim.net;

import io.infraviz.model.Link;
import io.infraviz.sim.ComponentState;

/** Mutable state of one link: cut or not. */
public final class LinkState {
    private final Link link;
    private final ComponentState from;
    private final ComponentState to;
    private boolean cut;

    public LinkState(Link link, ComponentState from, ComponentState to) {
        this.link = link;
        this.from = from;
        this.to = to;
    }

    public Link link() {
        return link;
    }

    public ComponentState from() {
        return from;
    }

    public ComponentState to() {
        return to;
    }

    public boolean cut() {
        return cut;
    }

    public void setCut(boolean value) {
        cut = value;
    }
}
