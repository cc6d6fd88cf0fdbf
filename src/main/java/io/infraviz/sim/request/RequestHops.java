package io.infraviz.sim.request;

import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.Travel;

/** Puts a request on its next hop, with the stage that says what happens when the hop ends. */
final class RequestHops {
    private final Travel travel;

    RequestHops(Travel travel) {
        this.travel = travel;
    }

    void go(Request r, ComponentState from, ComponentState to, long duration, RequestStage stage) {
        r.stage = stage;
        travel.move(r, from, to, duration);
    }

    /** Keeps the request at a component for {@code duration} (worked on, or waiting for a timeout). */
    void stay(Request r, ComponentState at, long duration, RequestStage stage) {
        r.stage = stage;
        travel.stay(r, at, duration);
    }

    /** Leaves the request at a component that does not answer, until the component changes. */
    void stick(Request r, ComponentState at) {
        travel.stick(r, at);
    }
}
