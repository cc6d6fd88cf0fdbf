package io.infraviz.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An infrastructure: hosts, components, links and the few configuration facts the engine needs
 * (what the DNS name points at, the load balancer's backend, which database starts as Primary).
 * Immutable; the simulation keeps all changing state elsewhere.
 */
public final class Topology {
    private final String name;
    private final String title;
    private final String domain;
    private final List<Host> hosts;
    private final Map<String, Component> components;
    private final List<Link> links;
    private final List<Client> clients;
    private final String entryPoint;
    private final List<Backend> backends;
    private final String primaryDatabase;
    private final boolean https;
    private final Map<String, Position> positions;
    /** The links each component opens, in link order: asked for every connection a run makes. */
    private final Map<String, List<Link>> linksFrom;

    /**
     * Builds a topology and checks that every id it mentions exists.
     *
     * @throws IllegalArgumentException naming the first inconsistency found
     */
    public Topology(String name, String title, String domain, List<Host> hosts, List<Component> components,
                    List<Link> links, List<Client> clients, String entryPoint, List<Backend> backends,
                    String primaryDatabase) {
        this(name, title, domain, hosts, components, links, clients, entryPoint, backends, primaryDatabase, false);
    }

    /**
     * As above, with {@code https}: the users talk TLS to the entry point (the certificate is on
     * the load balancer, where TLS terminates).
     */
    public Topology(String name, String title, String domain, List<Host> hosts, List<Component> components,
                    List<Link> links, List<Client> clients, String entryPoint, List<Backend> backends,
                    String primaryDatabase, boolean https) {
        this.name = name;
        this.title = title;
        this.domain = domain;
        this.hosts = List.copyOf(hosts);
        Map<String, Component> byId = new LinkedHashMap<>();
        for (Component c : components) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("component id '" + c.id() + "' is used twice");
            }
        }
        this.components = Collections.unmodifiableMap(byId);
        this.links = List.copyOf(links);
        this.linksFrom = linksFrom(this.links);
        this.clients = List.copyOf(clients);
        this.entryPoint = entryPoint;
        this.backends = List.copyOf(backends);
        this.primaryDatabase = primaryDatabase;
        this.https = https;
        this.positions = Map.of();
        validate();
    }

    private Topology(Topology t, Map<String, Position> positions) {
        this.name = t.name;
        this.title = t.title;
        this.domain = t.domain;
        this.hosts = t.hosts;
        this.components = t.components;
        this.links = t.links;
        this.linksFrom = t.linksFrom;
        this.clients = t.clients;
        this.entryPoint = t.entryPoint;
        this.backends = t.backends;
        this.primaryDatabase = t.primaryDatabase;
        this.https = t.https;
        this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /**
     * The same topology with the places a person gave hosts and Internet parts (ids it does not
     * know are dropped); what the engine does is not affected.
     */
    public Topology withPositions(Map<String, Position> places) {
        Map<String, Position> known = new LinkedHashMap<>();
        places.forEach((id, p) -> {
            if (host(id).isPresent() || (components.containsKey(id) && !components.get(id).onHost())) {
                known.put(id, p);
            }
        });
        return new Topology(this, known);
    }

    /** Where a person placed a host or Internet part, by id; empty for the automatic layout. */
    public Map<String, Position> positions() {
        return positions;
    }

    private void validate() {
        for (Host h : hosts) {
            if (components.containsKey(h.id())) {
                throw new IllegalArgumentException("host id '" + h.id() + "' is also a component id");
            }
            for (String c : h.componentIds()) {
                Component comp = requireKnown(c, "host " + h.id());
                if (!h.id().equals(comp.hostId())) {
                    throw new IllegalArgumentException("component '" + c + "' is listed on host " + h.id()
                            + " but says it runs on " + comp.hostId());
                }
            }
        }
        for (Component c : components.values()) {
            if (c.hostId() != null && host(c.hostId()).isEmpty()) {
                throw new IllegalArgumentException("component '" + c.id() + "' runs on unknown host '" + c.hostId() + "'");
            }
        }
        for (Link l : links) {
            requireKnown(l.from(), "link " + l.id());
            requireKnown(l.to(), "link " + l.id());
        }
        requireKnown(entryPoint, "the DNS entry point");
        for (Backend b : backends) {
            requireKnown(b.componentId(), "backend server " + b.name());
            if (b.weight() < Backend.MIN_WEIGHT || b.weight() > Backend.MAX_WEIGHT) {
                throw new IllegalArgumentException("backend server " + b.name() + " has weight " + b.weight()
                        + "; HAProxy accepts " + Backend.MIN_WEIGHT + " to " + Backend.MAX_WEIGHT);
            }
        }
        if (primaryDatabase != null) {
            requireKnown(primaryDatabase, "the primary database");
        }
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("a topology needs at least one client");
        }
    }

    private Component requireKnown(String id, String where) {
        Component c = components.get(id);
        if (c == null) {
            throw new IllegalArgumentException(where + " names unknown component '" + id + "'");
        }
        return c;
    }

    /** Short id of the topology, e.g. {@code distributed}. */
    public String name() {
        return name;
    }

    /** Human title, e.g. "Distributed web infrastructure". */
    public String title() {
        return title;
    }

    /** The domain name the users browse to, e.g. {@code www.foobar.com}. */
    public String domain() {
        return domain;
    }

    public List<Host> hosts() {
        return hosts;
    }

    /** All components in declaration order. */
    public List<Component> components() {
        return List.copyOf(components.values());
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public Optional<Host> host(String id) {
        return hosts.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public List<Link> links() {
        return links;
    }

    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The link joining two components in either direction, if there is one. */
    public Optional<Link> linkBetween(String a, String b) {
        return links.stream().filter(l -> l.joins(a, b)).findFirst();
    }

    /** Components that {@code from} opens connections to for the given purpose, in link order. */
    public List<Component> targets(String from, LinkPurpose purpose) {
        List<Component> out = new java.util.ArrayList<>();
        for (Link l : linksFrom.getOrDefault(from, List.of())) {
            if (l.purpose() == purpose) {
                out.add(components.get(l.to()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, List<Link>> linksFrom(List<Link> links) {
        Map<String, List<Link>> from = new java.util.HashMap<>();
        for (Link l : links) {
            from.computeIfAbsent(l.from(), k -> new java.util.ArrayList<>()).add(l);
        }
        return from;
    }

    public List<Component> componentsWithRole(Role role) {
        return components.values().stream().filter(c -> c.role() == role).toList();
    }

    public List<Client> clients() {
        return clients;
    }

    /** The component the domain name resolves to (the load balancer, or a web server without one). */
    public String entryPoint() {
        return entryPoint;
    }

    /** The load balancer's backend servers in configuration order; empty without a load balancer. */
    public List<Backend> backends() {
        return backends;
    }

    /** The database that starts as Primary, or {@code null} when there is no database. */
    public String primaryDatabase() {
        return primaryDatabase;
    }

    /** True when users reach the entry point over HTTPS (TLS terminated there). */
    public boolean https() {
        return https;
    }

    /**
     * What makes this topology impossible to run although each of its parts is well formed: a
     * virtual IP entry with no load balancer behind it, or a Primary that is not a database. Empty
     * when it can run. The engine refuses such a topology; files and designs ask here first.
     */
    public Optional<String> unrunnable() {
        Component entry = components.get(entryPoint);
        if (entry != null && entry.role() == Role.VIRTUAL_IP
                && targets(entry.id(), LinkPurpose.HTTP).stream().noneMatch(c -> c.role() == Role.LOAD_BALANCER)) {
            return Optional.of("the virtual IP " + entry.id() + " has no load balancer behind it");
        }
        Component primary = primaryDatabase == null ? null : components.get(primaryDatabase);
        if ((primary == null || primary.role() != Role.DATABASE) && !componentsWithRole(Role.DATABASE).isEmpty()) {
            return Optional.of("the primary database '" + primaryDatabase + "' is not a database");
        }
        return Optional.empty();
    }

    /** True when {@code id} names a component, a host or a link of this topology. */
    public boolean knows(String id) {
        return components.containsKey(id) || host(id).isPresent() || link(id).isPresent();
    }
}
