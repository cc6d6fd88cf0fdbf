package io.infraviz.model;

import java.util.List;

/**
 * A server (physical or virtual machine) holding components.
 *
 * @param id           unique id, e.g. {@code web-01}
 * @param label        what the diagram shows, e.g. "web-01 (server 2 of 3)"
 * @param ip           its private address, shown in the inspector
 * @param componentIds the components it runs, in drawing order
 */
public record Host(String id, String label, String ip, List<String> componentIds) {
    public Host {
        componentIds = List.copyOf(componentIds);
    }
}
