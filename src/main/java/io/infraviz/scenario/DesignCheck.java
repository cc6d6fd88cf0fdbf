package io.infraviz.scenario;

import io.infraviz.model.Backend;
import io.infraviz.model.Component;
import io.infraviz.model.Design;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Position;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;
import io.infraviz.scenario.TopologyFile.FileBackend;
import io.infraviz.scenario.TopologyFile.FileComponent;
import io.infraviz.scenario.TopologyFile.FileHost;
import io.infraviz.scenario.TopologyFile.FileLink;
import io.infraviz.scenario.TopologyFile.FileTopology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What prevents a drawn design from running, in the words the topology file loader uses (the
 * design is checked as the file it would save to, by the same {@link TopologyChecks}), each with
 * the part it is about; and the topology a design runs as once nothing does.
 */
public final class DesignCheck {
    /**
     * One thing that prevents running; {@code partIds} are the hosts, components or links it is
     * about (two for two Primaries; none when it is about the whole design).
     */
    public record Problem(List<String> partIds, String text) {
        public Problem {
            partIds = List.copyOf(partIds);
        }

        /** A problem about one part, or none when {@code partId} is null. */
        public Problem(String partId, String text) {
            this(partId == null ? List.of() : List.of(partId), text);
        }

        /** The first part it is about, or null. */
        public String partId() {
            return partIds.isEmpty() ? null : partIds.get(0);
        }
    }

    private static final Pattern PLACE = Pattern.compile(
            "^(internet|hosts|links|backends)\\[(\\d+)](?:\\.components\\[(\\d+)])?");

    private DesignCheck() {
    }

    /** Everything that prevents running, in the order a file would be read; empty when it can run. */
    public static List<Problem> problems(Design d) {
        FileTopology f = file(d);
        JsonInput.Document doc = new JsonInput.Document("design", null, Map.of());
        List<Problem> out = new ArrayList<>();
        for (TopologyChecks.Finding found : new TopologyChecks(doc, "", f).findAll()) {
            out.add(found.about().isEmpty() ? new Problem(partAt(found.at(), f), found.problem())
                    : new Problem(found.about(), found.problem()));
        }
        if (out.isEmpty()) {
            try {
                // what the engine itself refuses (a virtual IP without a load balancer behind it)
                TopologyFile.toTopology(f).unrunnable().ifPresent(problem -> out.add(new Problem(List.of(), problem)));
            } catch (IllegalArgumentException e) {
                out.add(new Problem(List.of(), e.getMessage()));
            }
        }
        return out;
    }

    /**
     * The topology the design runs as, with its places.
     *
     * @throws IllegalStateException naming the first problem when it cannot run
     */
    public static Topology topology(Design d) {
        List<Problem> problems = problems(d);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).text());
        }
        return TopologyFile.toTopology(file(d));
    }

    /** The Primary: the first database nothing replicates to (the others should be its Replicas). */
    public static String primary(Design d) {
        Set<String> replicated = new HashSet<>();
        d.links().stream().filter(l -> l.purpose() == LinkPurpose.REPLICATION).forEach(l -> replicated.add(l.to()));
        List<Component> dbs = d.parts().stream().filter(c -> c.role() == Role.DATABASE).toList();
        return dbs.stream().map(Component::id).filter(id -> !replicated.contains(id)).findFirst()
                .orElse(dbs.isEmpty() ? null : dbs.get(0).id());
    }

    /** The load balancers' backend servers: each web server a load balancer links to, once, named by its host. */
    public static List<Backend> backends(Design d) {
        Map<String, Component> byId = new LinkedHashMap<>();
        d.parts().forEach(c -> byId.put(c.id(), c));
        Map<String, Backend> out = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Link l : d.links()) {
            Component from = byId.get(l.from());
            Component to = byId.get(l.to());
            if (from == null || to == null || from.role() != Role.LOAD_BALANCER || l.purpose() != LinkPurpose.HTTP
                    || out.containsKey(to.id())) {
                continue;
            }
            Backend set = d.backendOptions().get(to.id());
            String name = to.hostId() != null && names.add(to.hostId()) ? to.hostId() : to.id();
            names.add(name);
            out.put(to.id(), new Backend(name, to.id(), set == null ? 1 : set.weight(), set != null && set.backup()));
        }
        return List.copyOf(out.values());
    }

    /** The entry point: what the users' browsers connect to, so what the site's name resolves to; null for none. */
    public static String entry(Design d) {
        Set<String> users = new HashSet<>();
        d.parts().stream().filter(c -> c.role() == Role.CLIENT).forEach(c -> users.add(c.id()));
        return d.links().stream().filter(l -> users.contains(l.from()) && l.purpose() == LinkPurpose.HTTP)
                .map(Link::to).findFirst().orElse(null);
    }

    /** The site's name: the design's, else the one the built-in stages use. */
    public static String domain(Design d) {
        return d.domain() == null ? Stages.DOMAIN : d.domain();
    }

    /** The design as the file it would be saved to. */
    static FileTopology file(Design d) {
        List<FileComponent> internet = d.parts().stream().filter(c -> !c.onHost())
                .map(c -> fileComponent(c, d.positions().get(c.id()))).toList();
        List<FileHost> hosts = new ArrayList<>();
        for (Host h : d.hosts()) {
            List<FileComponent> cs = d.parts().stream().filter(c -> h.id().equals(c.hostId()))
                    .map(c -> fileComponent(c, null)).toList();
            Position p = d.positions().get(h.id());
            hosts.add(new FileHost(h.id(), h.label(), h.ip(), cs, p == null ? null : p.x(), p == null ? null : p.y()));
        }
        List<FileLink> links = d.links().stream()
                .map(l -> new FileLink(l.from(), l.to(), l.purpose().name().toLowerCase(Locale.ROOT))).toList();
        List<FileBackend> backends = backends(d).stream()
                .map(b -> new FileBackend(b.name(), b.componentId(), b.weight(), b.backup())).toList();
        return new FileTopology(d.name(), d.name(), domain(d), internet, hosts, links, Stages.clients(),
                entry(d), backends, primary(d));
    }

    private static FileComponent fileComponent(Component c, Position p) {
        return new FileComponent(c.id(), c.role().name().toLowerCase(Locale.ROOT), c.label(),
                p == null ? null : p.x(), p == null ? null : p.y());
    }

    /** The part a problem's field is about: a component, a host, a link or a backend's server. */
    private static String partAt(String at, FileTopology f) {
        if (at.equals("entry")) {
            return f.internet().stream().filter(c -> c.role().equals("client")).map(FileComponent::id).findFirst()
                    .orElse(null);
        }
        Matcher m = PLACE.matcher(at);
        if (!m.find()) {
            return null;
        }
        int i = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "internet" -> f.internet().get(i).id();
            case "hosts" -> m.group(3) == null ? f.hosts().get(i).id()
                    : f.hosts().get(i).components().get(Integer.parseInt(m.group(3))).id();
            case "links" -> f.links().get(i).from() + "->" + f.links().get(i).to();
            default -> f.backends().get(i).server();
        };
    }
}
