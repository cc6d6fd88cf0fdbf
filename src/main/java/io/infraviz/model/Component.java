package io.infraviz.model;

import java.util.Objects;

/**
 * One software component of the infrastructure, e.g. {@code web-01.nginx}.
 *
 * @param id     unique id, used on the command line and in files
 * @param role   what it does
 * @param hostId the host it runs on, or {@code null} for things on the Internet (users, DNS)
 * @param label  what the diagram shows
 */
public record Component(String id, Role role, String hostId, String label) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
    }

    /** True when the component runs on one of our servers rather than on the Internet. */
    public boolean onHost() {
        return hostId != null;
    }
}
