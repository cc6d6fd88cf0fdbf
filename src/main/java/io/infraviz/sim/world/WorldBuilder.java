package io.infraviz.sim.world;

import io.infraviz.engine.SeededRandom;
import io.infraviz.model.Backend;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link World} of a topology at time 0: everything running, indexes in topology order. */
public final class WorldBuilder {
    final Topology topology;
    final SimulationSettings settings;
    final SeededRandom random;
    final List<HostState> hosts = new ArrayList<>();
    final List<ComponentState> components = new ArrayList<>();
    final Map<String, ComponentState> componentById = new HashMap<>();
    final List<LinkState> links = new ArrayList<>();
    final Map<String, LinkState> linkById = new HashMap<>();
    AppServerState[] appServers;
    AppServerState[][] upstreams;
    ComponentState[] filesOf;
    final List<ClientState> clients = new ArrayList<>();
    ComponentState users;
    ComponentState dns;
    ComponentState entry;
    final List<ComponentState> vipPair = new ArrayList<>();
    ComponentState[] serverWeb;

    private WorldBuilder(Topology topology, SimulationSettings settings, long seed) {
        this.topology = topology;
        this.settings = settings;
        this.random = new SeededRandom(seed);
    }

    /** @throws IllegalArgumentException when a virtual IP has no load balancer or the Primary is not a database */
    public static World build(Topology topology, SimulationSettings settings, long seed) {
        topology.unrunnable().ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        WorldBuilder b = new WorldBuilder(topology, settings, seed);
        b.hostsComponentsAndLinks();
        b.appServers();
        topology.clients().forEach(cl -> b.clients.add(new ClientState(cl)));
        b.users = b.first(Role.CLIENT);
        b.dns = b.first(Role.DNS);
        b.entry = b.componentById.get(topology.entryPoint());
        b.backends();
        return new World(b);
    }

    private void hostsComponentsAndLinks() {
        Map<String, HostState> hostById = new HashMap<>();
        for (Host h : topology.hosts()) {
            HostState hs = new HostState(h, hosts.size());
            hosts.add(hs);
            hostById.put(h.id(), hs);
        }
        for (Component c : topology.components()) {
            ComponentState cs = new ComponentState(c, components.size(), c.hostId() == null ? null : hostById.get(c.hostId()));
            components.add(cs);
            componentById.put(c.id(), cs);
        }
        for (Link l : topology.links()) {
            LinkState ls = new LinkState(l, componentById.get(l.from()), componentById.get(l.to()));
            links.add(ls);
            linkById.put(l.id(), ls);
        }
    }

    /** Application servers, each web server's upstream and each application server's files. */
    private void appServers() {
        appServers = new AppServerState[components.size()];
        for (ComponentState c : components) {
            if (c.component.role() == Role.APP_SERVER) {
                appServers[c.index] = new AppServerState(c, components.size());
            }
        }
        upstreams = new AppServerState[components.size()][];
        filesOf = new ComponentState[components.size()];
        for (ComponentState c : components) {
            upstreams[c.index] = topology.targets(c.id(), LinkPurpose.HTTP).stream()
                    .map(t -> appServers[componentById.get(t.id()).index]).filter(a -> a != null)
                    .toArray(AppServerState[]::new);
            List<Component> files = topology.targets(c.id(), LinkPurpose.FILES);
            if (!files.isEmpty()) {
                filesOf[c.index] = componentById.get(files.get(0).id());
            }
        }
    }

    /** The backends' web servers, and the load balancers behind a virtual IP entry. */
    private void backends() {
        List<Backend> backends = topology.backends();
        serverWeb = new ComponentState[backends.size()];
        for (int i = 0; i < backends.size(); i++) {
            serverWeb[i] = componentById.get(backends.get(i).componentId());
        }
        if (entry.component.role() == Role.VIRTUAL_IP) {
            for (Component t : topology.targets(entry.id(), LinkPurpose.HTTP)) {
                ComponentState c = componentById.get(t.id());
                if (c.component.role() == Role.LOAD_BALANCER) {
                    vipPair.add(c);
                }
            }
        }
    }


    private ComponentState first(Role role) {
        return components.stream().filter(c -> c.component.role() == role).findFirst().orElse(null);
    }
}
