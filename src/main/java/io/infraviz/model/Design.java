package io.infraviz.model;

import java.util.List;
import java.util.Map;

/**
 * An infrastructure as a person draws it in design mode: hosts, the parts on them and on the
 * Internet, the links as drawn (each already in its working direction) and where the hosts and
 * Internet parts were placed. What a drawing leaves unsaid (the entry point, the load balancer's
 * backends, the Primary) follows from the links; {@code backendOptions} keeps the weight and
 * backup flag set for a backend server, by its web server's id; {@code domain} is the site's
 * name the DNS resolves (null: the default one).
 */
public record Design(String name, List<Host> hosts, List<Component> parts, List<Link> links,
                     Map<String, Position> positions, Map<String, Backend> backendOptions, String domain) {
    public Design {
        hosts = List.copyOf(hosts);
        parts = List.copyOf(parts);
        links = List.copyOf(links);
        positions = Map.copyOf(positions);
        backendOptions = Map.copyOf(backendOptions);
    }

    /** A design with the default site name. */
    public Design(String name, List<Host> hosts, List<Component> parts, List<Link> links,
                  Map<String, Position> positions, Map<String, Backend> backendOptions) {
        this(name, hosts, parts, links, positions, backendOptions, null);
    }

    /** The design of an existing topology, to start drawing from. */
    public static Design of(Topology t) {
        Map<String, Backend> options = new java.util.LinkedHashMap<>();
        t.backends().forEach(b -> options.put(b.componentId(), b));
        return new Design(t.name(), t.hosts(), t.components(), t.links(), t.positions(), options, t.domain());
    }

    /** An empty canvas. */
    public static Design empty() {
        return new Design("my-design", List.of(), List.of(), List.of(), Map.of(), Map.of());
    }
}
