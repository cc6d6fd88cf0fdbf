package io.infraviz.sim;

import io.infraviz.model.Link;

/** Mutable state of one link: cut or not. */
final class LinkState {
    private final Link link;
    private final ComponentState from;
    private final ComponentState to;
    private boolean cut;

    LinkState(Link link, ComponentState from, ComponentState to) {
        this.link = link;
        this.from = from;
        this.to = to;
    }

    Link link() {
        return link;
    }

    ComponentState from() {
        return from;
    }

    ComponentState to() {
        return to;
    }

    boolean cut() {
        return cut;
    }

    void setCut(boolean value) {
        cut = value;
    }
}
