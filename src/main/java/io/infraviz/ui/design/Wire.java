package io.infraviz.ui.design;

import io.infraviz.model.LinkPurpose;

import java.io.Serializable;

/**
 * What a link of the design is: what it carries (from the two roles) and, for a load balancer's
 * link to a server, that server's weight and backup flag in the backend.
 */
record Wire(LinkPurpose purpose, int weight, boolean backup) implements Serializable {
    static Wire of(LinkPurpose purpose) {
        return new Wire(purpose, 1, false);
    }
}
