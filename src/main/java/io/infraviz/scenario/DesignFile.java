package io.infraviz.scenario;

import io.infraviz.model.Component;
import io.infraviz.model.Design;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Position;
import io.infraviz.scenario.TopologyFile.FileComponent;
import io.infraviz.scenario.TopologyFile.FileHost;
import io.infraviz.scenario.TopologyFile.FileLink;
import io.infraviz.scenario.TopologyFile.FileTopology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A design in a topology file: the same format (a design that runs is a topology file any command
 * opens), but saved and opened even while something still prevents running, so unfinished work is
 * never lost. Opening refuses only what cannot be drawn at all (a part without an id or with an
 * unknown role, a link to nothing), naming the place as the loader does; what prevents running is
 * shown in design mode's problems list instead.
 */
public final class DesignFile {
    /** Findings that leave nothing to draw: ids, roles, link ends and purposes. */
    private static final Pattern UNDRAWABLE = Pattern.compile(
            "^name$|\\.id$|\\.role$|^links\\[\\d+]\\.(from|to|purpose)$");

    private DesignFile() {
    }

    public static void write(Design d, Path file) throws IOException {
        TopologyFile.write(DesignCheck.file(d), file);
    }

    /** @throws TopologyFile.BadTopologyFile naming the file, the place and the problem */
    public static Design read(Path file) throws TopologyFile.BadTopologyFile {
        try {
            JsonInput.Document doc = JsonInput.read(file);
            FileTopology f = TopologyFile.readShape(doc);
            for (TopologyChecks.Finding found : new TopologyChecks(doc, "", f).findAll()) {
                if (UNDRAWABLE.matcher(found.at()).find()) {
                    throw doc.bad(found.at(), found.problem());
                }
            }
            return design(f);
        } catch (JsonInput.BadJson e) {
            throw new TopologyFile.BadTopologyFile(e.getMessage());
        }
    }

    private static Design design(FileTopology f) {
        List<Component> parts = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        Map<String, Position> places = new LinkedHashMap<>();
        for (FileComponent c : TopologyFile.orEmpty(f.internet())) {
            parts.add(new Component(c.id(), TopologyFile.role(c.role()), null, c.label() == null ? c.id() : c.label()));
            TopologyFile.place(places, c.id(), c.x(), c.y());
        }
        for (FileHost h : TopologyFile.orEmpty(f.hosts())) {
            List<String> ids = new ArrayList<>();
            for (FileComponent c : TopologyFile.orEmpty(h.components())) {
                parts.add(new Component(c.id(), TopologyFile.role(c.role()), h.id(), c.label() == null ? c.id() : c.label()));
                ids.add(c.id());
            }
            hosts.add(new Host(h.id(), h.label() == null ? h.id() : h.label(), h.ip() == null ? "" : h.ip(), ids));
            TopologyFile.place(places, h.id(), h.x(), h.y());
        }
        List<Link> links = new ArrayList<>();
        for (FileLink l : TopologyFile.orEmpty(f.links())) {
            links.add(new Link(l.from(), l.to(), TopologyFile.purpose(l.purpose())));
        }
        Map<String, io.infraviz.model.Backend> options = new LinkedHashMap<>();
        for (TopologyFile.FileBackend b : TopologyFile.orEmpty(f.backends())) {
            options.put(b.server(), new io.infraviz.model.Backend(b.name(), b.server(),
                    b.weight() == null ? 1 : b.weight(), b.backup() != null && b.backup()));
        }
        return new Design(f.name(), hosts, parts, links, places, options, f.domain());
    }
}
