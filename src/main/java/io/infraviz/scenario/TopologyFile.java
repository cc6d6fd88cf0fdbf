package io.infraviz.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.infraviz.model.Backend;
import io.infraviz.model.Client;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes topology files (JSON). A bad file is rejected whole with a message naming the
 * file, the place (line and column, or field) and the problem.
 */
public final class TopologyFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** A topology file that cannot be used; the message says where and why. */
    public static final class BadTopologyFile extends Exception {
        public BadTopologyFile(String message) {
            super(message);
        }
    }

    /** The file's JSON shape. */
    record FileComponent(String id, String role, String label) {
    }

    record FileHost(String id, String label, String ip, List<FileComponent> components) {
    }

    record FileLink(String from, String to, String purpose) {
    }

    record FileBackend(String name, String server, Integer weight, Boolean backup) {
    }

    record FileTopology(String name, String title, String domain, List<FileComponent> internet, List<FileHost> hosts,
                        List<FileLink> links, List<Client> clients, String entry, List<FileBackend> backends,
                        String primary) {
    }

    private TopologyFile() {
    }

    /**
     * The topology as a JSON tree of the file's shape, for files that embed a topology (an
     * exported moment).
     */
    public static JsonNode toTree(Topology t) {
        return MAPPER.valueToTree(shape(t));
    }

    /**
     * Reads a topology from a JSON tree of the file's shape (part of a larger file).
     *
     * @param where names the tree in messages, e.g. {@code "shot.png: field topology"}
     * @throws BadTopologyFile naming {@code where}, the field and the problem
     */
    public static Topology fromTree(JsonNode tree, String where) throws BadTopologyFile {
        FileTopology f;
        try {
            f = MAPPER.treeToValue(tree, FileTopology.class);
        } catch (JsonProcessingException e) {
            String path = e instanceof JsonMappingException m ? fieldPath(m) : "";
            throw new BadTopologyFile(where + path + ": " + e.getOriginalMessage());
        }
        if (f == null) {
            throw new BadTopologyFile(where + ": missing");
        }
        try {
            return toTopology(f);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadTopologyFile(where + ": " + e.getMessage());
        }
    }

    /** The field a mapping problem is in, e.g. {@code ".hosts[0].components[1].role"}, or "". */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            b.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return b.toString();
    }

    public static Topology read(Path file) throws BadTopologyFile {
        FileTopology f;
        try {
            f = MAPPER.readValue(Files.readString(file), FileTopology.class);
        } catch (NoSuchFileException e) {
            throw new BadTopologyFile(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadTopologyFile(file + ": permission denied");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String path = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? " (field " + m.getPathReference().replace("io.infraviz.scenario.TopologyFile$", "") + ")" : "";
            throw new BadTopologyFile(file + where + path + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadTopologyFile(file + ": cannot read it (" + e.getMessage() + ")");
        }
        try {
            return toTopology(f);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadTopologyFile(file + ": " + e.getMessage());
        }
    }

    private static Topology toTopology(FileTopology f) {
        require(f.name(), "name");
        List<Component> components = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (FileComponent c : orEmpty(f.internet())) {
            components.add(component(c, null));
        }
        for (FileHost h : orEmpty(f.hosts())) {
            require(h.id(), "hosts[].id");
            List<String> ids = new ArrayList<>();
            for (FileComponent c : orEmpty(h.components())) {
                components.add(component(c, h.id()));
                ids.add(c.id());
            }
            hosts.add(new Host(h.id(), h.label() == null ? h.id() : h.label(), h.ip() == null ? "" : h.ip(), ids));
        }
        List<Link> links = new ArrayList<>();
        for (FileLink l : orEmpty(f.links())) {
            require(l.from(), "links[].from");
            require(l.to(), "links[].to");
            links.add(new Link(l.from(), l.to(), purpose(l)));
        }
        List<Backend> backends = new ArrayList<>();
        for (FileBackend b : orEmpty(f.backends())) {
            require(b.name(), "backends[].name");
            require(b.server(), "backends[].server");
            backends.add(new Backend(b.name(), b.server(), b.weight() == null ? 1 : b.weight(),
                    b.backup() != null && b.backup()));
        }
        for (Client c : orEmpty(f.clients())) {
            // A client without an address crashed the run being built (found by fuzzing).
            require(c.ip(), "clients[].ip");
        }
        require(f.entry(), "entry");
        return new Topology(f.name(), f.title() == null ? f.name() : f.title(), f.domain() == null ? "www.example.com" : f.domain(),
                hosts, components, links, orEmpty(f.clients()), f.entry(), backends, f.primary());
    }

    private static Component component(FileComponent c, String host) {
        require(c.id(), "component id");
        require(c.role(), "role of " + c.id());
        Role role;
        try {
            role = Role.valueOf(c.role().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("component '" + c.id() + "' has unknown role '" + c.role() + "'");
        }
        return new Component(c.id(), role, host, c.label() == null ? c.id() : c.label());
    }

    private static LinkPurpose purpose(FileLink l) {
        require(l.purpose(), "purpose of link " + l.from() + "->" + l.to());
        try {
            return LinkPurpose.valueOf(l.purpose().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("link " + l.from() + "->" + l.to() + " has unknown purpose '" + l.purpose() + "'");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Writes a topology atomically: to a temporary file first, then moved over the target. */
    public static void write(Topology t, Path file) throws IOException {
        AtomicFile.write(file, MAPPER.writeValueAsBytes(shape(t)));
    }

    /** A topology in the file's shape. */
    private static FileTopology shape(Topology t) {
        List<FileComponent> internet = new ArrayList<>();
        List<FileHost> hosts = new ArrayList<>();
        for (Component c : t.components()) {
            if (c.hostId() == null) {
                internet.add(new FileComponent(c.id(), c.role().name().toLowerCase(Locale.ROOT), c.label()));
            }
        }
        for (Host h : t.hosts()) {
            List<FileComponent> cs = h.componentIds().stream().map(id -> t.component(id).orElseThrow())
                    .map(c -> new FileComponent(c.id(), c.role().name().toLowerCase(Locale.ROOT), c.label())).toList();
            hosts.add(new FileHost(h.id(), h.label(), h.ip(), cs));
        }
        List<FileLink> links = t.links().stream()
                .map(l -> new FileLink(l.from(), l.to(), l.purpose().name().toLowerCase(Locale.ROOT))).toList();
        List<FileBackend> backends = t.backends().stream()
                .map(b -> new FileBackend(b.name(), b.componentId(), b.weight(), b.backup())).toList();
        return new FileTopology(t.name(), t.title(), t.domain(), internet, hosts, links, t.clients(),
                t.entryPoint(), backends, t.primaryDatabase());
    }
}
