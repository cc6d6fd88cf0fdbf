package io.infraviz.ui.design;

import io.infraviz.model.Role;

import java.io.Serializable;

/**
 * What a cell of the design is: a server ({@code role} null, with its IP) or a part with its role.
 * Immutable and serializable, because JGraphX shares values between clones and drops carry them
 * serialized; the domain id is here, not in the cell's own id, which JGraphX may rename.
 */
record Part(String id, Role role, String label, String ip) implements Serializable {
    boolean host() {
        return role == null;
    }

    Part withLabel(String l) {
        return new Part(id, role, l, ip);
    }

    Part withIp(String address) {
        return new Part(id, role, label, address);
    }

    Part withId(String newId) {
        return new Part(newId, role, label, ip);
    }
}
