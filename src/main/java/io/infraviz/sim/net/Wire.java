package io.infraviz.sim.net;

/** A link of the topology between two endpoints, which can be cut. */
public interface Wire {
    Endpoint from();

    Endpoint to();

    boolean cut();
}
