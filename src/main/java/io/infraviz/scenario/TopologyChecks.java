package io.infraviz.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.infraviz.model.Backend;
import io.infraviz.model.Client;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.NetworkNames;
import io.infraviz.model.Role;
import io.infraviz.scenario.TopologyFile.FileBackend;
import io.infraviz.scenario.TopologyFile.FileComponent;
import io.infraviz.scenario.TopologyFile.FileHost;
import io.infraviz.scenario.TopologyFile.FileTopology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a topology file must make sense of before it is built, each refused at its field: ids
 * given once, links and backends that name components, no link to itself, no loop, a Primary for
 * the Replicas, an entry point that can answer a browser; and the size limits, checked before the
 * file is even bound so that a huge file costs nothing.
 */
final class TopologyChecks {
    /** The most hosts a topology may have; the simulation and the diagram stay fast up to here. */
    static final int MAX_HOSTS = 200;
    /** How far from the origin a host may be drawn (the largest design fits well within it). */
    static final double MAX_PLACE = 100_000;
    /** The most components (on hosts and on the Internet), links, clients and backend servers. */
    static final int MAX_COMPONENTS = 1000;
    static final int MAX_LINKS = 2000;
    static final int MAX_CLIENTS = 200;
    static final int MAX_BACKENDS = 200;
    private static final Set<Role> ENTRY_ROLES = Set.of(Role.LOAD_BALANCER, Role.WEB_SERVER, Role.VIRTUAL_IP);

    private final JsonInput.Document doc;
    private final String base;
    private final FileTopology f;
    /** Every id given so far, with the field that gave it. */
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    /** Every problem found so far; in a full check ({@link #findAll}) there may be several. */
    private final List<Finding> findings = new ArrayList<>();
    private boolean collecting;

    /**
     * One problem: the field it is at, the parts it is about when the field alone does not say
     * (the Replica the Primary does not reach, the two Primaries; empty otherwise), and the problem in words.
     */
    record Finding(String at, List<String> about, String problem) {
    }

    /** One check that stops at its first problem. */
    interface Check {
        void run() throws JsonInput.BadJson;
    }

    TopologyChecks(JsonInput.Document doc, String base, FileTopology f) {
        this.doc = doc;
        this.base = base;
        this.f = f;
    }

    /** Refuses a tree with more hosts, components, links, clients or backends than allowed. */
    static void checkSizes(JsonInput.Document doc, String base, JsonNode tree) throws JsonInput.BadJson {
        if (tree == null || !tree.isObject()) {
            return;
        }
        String at = base.isEmpty() ? "" : base + ".";
        limit(doc, at + "hosts", tree.get("hosts"), MAX_HOSTS, "hosts");
        limit(doc, at + "links", tree.get("links"), MAX_LINKS, "links");
        limit(doc, at + "clients", tree.get("clients"), MAX_CLIENTS, "clients");
        limit(doc, at + "backends", tree.get("backends"), MAX_BACKENDS, "backend servers");
        int components = tree.path("internet").size();
        for (JsonNode h : tree.path("hosts")) {
            components += h.path("components").size();
        }
        if (components > MAX_COMPONENTS) {
            throw doc.bad(at + "hosts", components + " components; a topology may have at most " + MAX_COMPONENTS);
        }
    }

    private static void limit(JsonInput.Document doc, String path, JsonNode list, int max, String what)
            throws JsonInput.BadJson {
        if (list != null && list.size() > max) {
            throw doc.bad(path, list.size() + " " + what + "; a topology may have at most " + max);
        }
    }

    /** Refuses the file at its first problem. */
    void check() throws JsonInput.BadJson {
        collecting = false;
        run();
    }

    /**
     * Every problem, not just the first: each part is checked on its own, so that a person
     * drawing a design sees all that prevents running at once, in the words the loader uses.
     */
    List<Finding> findAll() {
        collecting = true;
        try {
            run();
        } catch (JsonInput.BadJson e) {
            // each section below catches its own; nothing reaches here while collecting
        }
        return List.copyOf(findings);
    }

    /** Runs one check; while collecting, its problem is kept and the next check goes on. */
    void section(Check c) throws JsonInput.BadJson {
        try {
            c.run();
        } catch (JsonInput.BadJson e) {
            if (!collecting) {
                throw e;
            }
        }
    }

    private void run() throws JsonInput.BadJson {
        section(() -> text(f.name(), "name"));
        section(() -> {
            if (f.domain() != null && NetworkNames.hostNameProblem(f.domain()) != null) {
                throw bad("domain", NetworkNames.hostNameProblem(f.domain()));
            }
        });
        Map<String, String> addresses = new LinkedHashMap<>();
        List<FileComponent> internet = TopologyFile.orEmpty(f.internet());
        for (int i = 0; i < internet.size(); i++) {
            String at = "internet[" + i + "]";
            FileComponent c = internet.get(i);
            section(() -> component(c, at));
        }
        List<FileHost> hosts = TopologyFile.orEmpty(f.hosts());
        for (int i = 0; i < hosts.size(); i++) {
            String at = "hosts[" + i + "]";
            FileHost h = hosts.get(i);
            section(() -> id(h.id(), at + ".id"));
            section(() -> address(h, at + ".ip", addresses));
            section(() -> place(h.x(), at + ".x"));
            section(() -> place(h.y(), at + ".y"));
            List<FileComponent> cs = TopologyFile.orEmpty(h.components());
            for (int j = 0; j < cs.size(); j++) {
                FileComponent c = cs.get(j);
                String cat = at + ".components[" + j + "]";
                section(() -> component(c, cat));
            }
        }
        section(this::clients);
        TopologyLinks links = new TopologyLinks(this, TopologyFile.orEmpty(f.links()));
        links.check();
        section(this::entry);
        section(this::backends);
        section(() -> links.databases(f.primary()));
        new TopologyNeeds(this, f).check();
    }

    /** A host's address, when it has one (an older file may leave it out): IPv4, and no other host's. */
    private void address(FileHost h, String at, Map<String, String> addresses) throws JsonInput.BadJson {
        if (h.ip() == null || h.ip().isEmpty()) {
            return;
        }
        String problem = NetworkNames.hostIpProblem(h.id(), h.ip(), addresses);
        if (problem != null) {
            throw bad(at, h.id(), problem);
        }
        addresses.put(h.id(), h.ip());
    }

    /** A host's place on the drawing, when the file gives one: within {@link #MAX_PLACE} of the origin. */
    private void place(Double v, String at) throws JsonInput.BadJson {
        if (v != null && (v.isNaN() || Math.abs(v) > MAX_PLACE)) {
            throw bad(at, "must be from -" + (int) MAX_PLACE + " to " + (int) MAX_PLACE + " (a place on the drawing), got " + v);
        }
    }

    private void component(FileComponent c, String at) throws JsonInput.BadJson {
        id(c.id(), at + ".id");
        place(c.x(), at + ".x");
        place(c.y(), at + ".y");
        text(c.role(), at + ".role");
        Role role = TopologyFile.role(c.role());
        if (role == null) {
            throw bad(at + ".role", "unknown role '" + c.role() + "'" + closest(c.role(), TopologyFile.words(Role.class)));
        }
        roles.put(c.id(), role);
    }

    private void id(String id, String at) throws JsonInput.BadJson {
        text(id, at);
        String first = ids.putIfAbsent(id, at);
        if (first != null) {
            throw bad(at, "'" + id + "' is already the id of " + first.replaceFirst("\\.id$", ""));
        }
    }

    private void clients() throws JsonInput.BadJson {
        List<Client> clients = TopologyFile.orEmpty(f.clients());
        if (clients.isEmpty()) {
            throw bad("clients", "missing; a topology needs at least one client (a name and an IP address)");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < clients.size(); i++) {
            text(clients.get(i).name(), "clients[" + i + "].name");
            text(clients.get(i).ip(), "clients[" + i + "].ip");
            if (!names.add(clients.get(i).name())) {
                throw bad("clients[" + i + "].name", "a second client named '" + clients.get(i).name() + "'");
            }
        }
    }

    private void entry() throws JsonInput.BadJson {
        if (f.entry() == null || f.entry().isBlank()) {
            throw bad("entry", "no entry point: the users' browsers need a load balancer, a web server or a virtual IP"
                    + " to connect to");
        }
        Role role = component(f.entry(), "entry");
        if (!ENTRY_ROLES.contains(role)) {
            throw bad("entry", "'" + f.entry() + "' is " + word(role)
                    + "; the entry point must be a load balancer, a web server or a virtual IP");
        }
    }

    private void backends() throws JsonInput.BadJson {
        List<FileBackend> backends = TopologyFile.orEmpty(f.backends());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < backends.size(); i++) {
            FileBackend b = backends.get(i);
            String at = "backends[" + i + "]";
            text(b.name(), at + ".name");
            if (!names.add(b.name())) {
                throw bad(at + ".name", "a second backend server named '" + b.name() + "'");
            }
            Role role = component(b.server(), at + ".server");
            if (role != Role.WEB_SERVER && role != Role.APP_SERVER) {
                throw bad(at + ".server", "'" + b.server() + "' is " + word(role) + ", not a web server");
            }
            if (b.weight() != null && (b.weight() < Backend.MIN_WEIGHT || b.weight() > Backend.MAX_WEIGHT)) {
                throw bad(at + ".weight", "must be from " + Backend.MIN_WEIGHT + " to " + Backend.MAX_WEIGHT + " (as HAProxy accepts), got "
                        + b.weight());
            }
        }
    }

    /** The role of the component {@code id} names at {@code at}; refuses a missing or unknown one. */
    Role component(String id, String at) throws JsonInput.BadJson {
        text(id, at);
        Role role = roles.get(id);
        if (role == null) {
            String what = ids.containsKey(id) ? "'" + id + "' is a host; name one of its components"
                    : "unknown component '" + id + "'" + closest(id, new ArrayList<>(roles.keySet()));
            throw bad(at, what);
        }
        return role;
    }

    void text(String value, String at) throws JsonInput.BadJson {
        if (value == null || value.isBlank()) {
            throw bad(at, "missing");
        }
    }

    JsonInput.BadJson bad(String at, String problem) {
        return bad(at, List.of(), problem);
    }

    /** As above, about the part {@code about} (a component id) rather than what the field names. */
    JsonInput.BadJson bad(String at, String about, String problem) {
        return bad(at, about == null ? List.of() : List.of(about), problem);
    }

    /** As above, about several parts (component ids). */
    JsonInput.BadJson bad(String at, List<String> about, String problem) {
        findings.add(new Finding(at, List.copyOf(about), problem));
        return doc.bad(base.isEmpty() ? at : base + "." + at, problem);
    }

    /** "a web server", "an application server", "application files" (a plural takes no article). */
    static String word(Role role) {
        String w = role.title().toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("s")) {
            return w;
        }
        return ("aeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w;
    }

    static String word(LinkPurpose p) {
        return p.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "; did you mean 'x'?" when a known name is close, else nothing (lists of ids can be long). */
    static String closest(String name, List<String> known) {
        String s = JsonShape.suggestion(name, known);
        return s.startsWith(";") ? s : "";
    }

    /** Components by id, in file order, for the link and database checks. */
    Map<String, Role> roles() {
        return roles;
    }
}
