package io.infraviz.sim.world;

import io.infraviz.model.Link;
import io.infraviz.sim.net.Wire;

/** Mutable state of one link: cut or not. */
public final class LinkState implements Wire {
    private final Link link;
    private final ComponentState from;
    private final ComponentState to;
    private boolean cut;

    LinkState(Link link, ComponentState from, ComponentState to) {
        this.link = link;
        this.from = from;
        this.to = to;
    }

    public Link link() {
        return link;
    }

    @Override
    public ComponentState from() {
        return from;
    }

    @Override
    public ComponentState to() {
        return to;
    }

    @Override
    public boolean cut() {
        return cut;
    }

    public void setCut(boolean value) {
        cut = value;
    }
}
