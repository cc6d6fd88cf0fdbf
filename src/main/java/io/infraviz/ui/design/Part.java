package io.infraviz.ui.design;

import io.infraviz.model.Role;

import java.io.Serializable;

/**
 * What a cell of the design is: a server ({@code role} null) or a part with its role; its
 * {@code address} is what the network knows it by: a server's IP address, the DNS's site name
 * (null for other parts). Immutable and serializable, because JGraphX shares values between
 * clones and drops carry them serialized; the domain id is here, not in the cell's own id, which
 * JGraphX may rename.
 */
record Part(String id, Role role, String label, String address) implements Serializable {
    boolean host() {
        return role == null;
    }

    Part withLabel(String l) {
        return new Part(id, role, l, address);
    }

    Part withAddress(String a) {
        return new Part(id, role, label, a);
    }

    Part withId(String newId) {
        return new Part(newId, role, label, address);
    }
}
