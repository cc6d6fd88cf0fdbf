package io.infraviz.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Backend;
import io.infraviz.model.Client;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Position;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes topology files (JSON). A file is read strictly ({@link JsonInput}), checked
 * against its shape ({@link JsonShape}), its size and its sense ({@link TopologyChecks} and its sense
 * and {@link TopologyLinks}) before anything is built: a bad file is rejected whole with one line
 * naming the file, the place (line and column, and field) and the problem.
 */
public final class TopologyFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A topology file that cannot be used; the message says where and why. */
    public static final class BadTopologyFile extends Exception {
        public BadTopologyFile(String message) {
            super(message);
        }
    }

    /** The file's JSON shape. */
    /** {@code x} and {@code y} (optional): where a person placed an Internet part; ignored on a host's parts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileComponent(String id, String role, String label, Double x, Double y) {
    }

    /** {@code x} and {@code y} (optional): where a person placed the host. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileHost(String id, String label, String ip, List<FileComponent> components, Double x, Double y) {
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
     * Reads a topology from part of a larger document (the topology a saved run carries).
     *
     * @param path where the topology is in {@code doc}, e.g. {@code "topology"}
     * @throws BadTopologyFile naming the document, the place and the problem
     */
    public static Topology fromTree(JsonInput.Document doc, String path) throws BadTopologyFile {
        try {
            JsonNode tree = path.isEmpty() ? doc.root() : doc.root().get(path);
            TopologyChecks.checkSizes(doc, path, tree);
            FileTopology f = JsonShape.bind(doc, path, tree, FileTopology.class, n -> n, MAPPER);
            new TopologyChecks(doc, path, f).check();
            Topology t = toTopology(f);
            // what the engine needs beyond the file's fields (a virtual IP with a load balancer
            // behind it): better said on opening than on the first request
            t.unrunnable().ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            return t;
        } catch (JsonInput.BadJson e) {
            throw new BadTopologyFile(e.getMessage());
        } catch (IllegalArgumentException e) {
            // what the checks above do not foresee, the model's own validation still names
            throw new BadTopologyFile(doc.source() + ": " + e.getMessage());
        }
    }

    public static Topology read(Path file) throws BadTopologyFile {
        try {
            return fromTree(JsonInput.read(file), "");
        } catch (JsonInput.BadJson e) {
            throw new BadTopologyFile(e.getMessage());
        }
    }

    static Topology toTopology(FileTopology f) {
        List<Component> components = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        Map<String, Position> places = new LinkedHashMap<>();
        for (FileComponent c : orEmpty(f.internet())) {
            components.add(component(c, null));
            place(places, c.id(), c.x(), c.y());
        }
        for (FileHost h : orEmpty(f.hosts())) {
            place(places, h.id(), h.x(), h.y());
            List<String> ids = new ArrayList<>();
            for (FileComponent c : orEmpty(h.components())) {
                components.add(component(c, h.id()));
                ids.add(c.id());
            }
            hosts.add(new Host(h.id(), h.label() == null ? h.id() : h.label(), h.ip() == null ? "" : h.ip(), ids));
        }
        List<Link> links = new ArrayList<>();
        for (FileLink l : orEmpty(f.links())) {
            links.add(new Link(l.from(), l.to(), purpose(l.purpose())));
        }
        List<Backend> backends = new ArrayList<>();
        for (FileBackend b : orEmpty(f.backends())) {
            backends.add(new Backend(b.name(), b.server(), b.weight() == null ? 1 : b.weight(),
                    b.backup() != null && b.backup()));
        }
        return new Topology(f.name(), f.title() == null ? f.name() : f.title(), f.domain() == null ? "www.example.com" : f.domain(),
                hosts, components, links, orEmpty(f.clients()), f.entry(), backends, f.primary()).withPositions(places);
    }

    /** A position is kept only when both coordinates are given (and are numbers a screen can show). */
    static void place(Map<String, Position> places, String id, Double x, Double y) {
        if (x != null && y != null && Double.isFinite(x) && Double.isFinite(y)) {
            places.put(id, new Position(x, y));
        }
    }

    private static Component component(FileComponent c, String host) {
        return new Component(c.id(), role(c.role()), host, c.label() == null ? c.id() : c.label());
    }

    /** The role a file names ({@code load_balancer} or {@code load-balancer}), or null. */
    static Role role(String word) {
        return word(Role.class, word);
    }

    /** The purpose a file names, or null. */
    static LinkPurpose purpose(String word) {
        return word(LinkPurpose.class, word);
    }

    /** The words a file may use for an enum's values, e.g. {@code load_balancer}. */
    static <E extends Enum<E>> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static <E extends Enum<E>> E word(Class<E> type, String word) {
        String name = word.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Writes a topology atomically: to a temporary file first, then moved over the target. */
    public static void write(Topology t, Path file) throws IOException {
        write(shape(t), file);
    }

    /** Writes a file of the topology shape atomically (a design may be saved before it can run). */
    static void write(FileTopology f, Path file) throws IOException {
        ObjectNode tree = MAPPER.createObjectNode().put("version", JsonShape.CURRENT_VERSION);
        tree.setAll((ObjectNode) MAPPER.valueToTree(f));
        AtomicFile.write(file, MAPPER.writeValueAsBytes(tree));
    }

    /** Reads a file of the topology shape as far as binding it, for a design that may not run yet. */
    static FileTopology readShape(JsonInput.Document doc) throws JsonInput.BadJson {
        TopologyChecks.checkSizes(doc, "", doc.root());
        return JsonShape.bind(doc, "", doc.root(), FileTopology.class, n -> n, MAPPER);
    }

    /** A topology in the file's shape. */
    private static FileTopology shape(Topology t) {
        List<FileComponent> internet = new ArrayList<>();
        List<FileHost> hosts = new ArrayList<>();
        for (Component c : t.components()) {
            if (c.hostId() == null) {
                Position p = t.positions().get(c.id());
                internet.add(new FileComponent(c.id(), c.role().name().toLowerCase(Locale.ROOT), c.label(),
                        p == null ? null : p.x(), p == null ? null : p.y()));
            }
        }
        for (Host h : t.hosts()) {
            List<FileComponent> cs = h.componentIds().stream().map(id -> t.component(id).orElseThrow())
                    .map(c -> new FileComponent(c.id(), c.role().name().toLowerCase(Locale.ROOT), c.label(), null, null))
                    .toList();
            Position p = t.positions().get(h.id());
            hosts.add(new FileHost(h.id(), h.label(), h.ip(), cs, p == null ? null : p.x(), p == null ? null : p.y()));
        }
        List<FileLink> links = t.links().stream()
                .map(l -> new FileLink(l.from(), l.to(), l.purpose().name().toLowerCase(Locale.ROOT))).toList();
        List<FileBackend> backends = t.backends().stream()
                .map(b -> new FileBackend(b.name(), b.componentId(), b.weight(), b.backup())).toList();
        return new FileTopology(t.name(), t.title(), t.domain(), internet, hosts, links, t.clients(),
                t.entryPoint(), backends, t.primaryDatabase());
    }
}
