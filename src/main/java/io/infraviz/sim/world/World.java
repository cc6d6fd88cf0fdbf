package io.infraviz.sim.world;

import io.infraviz.engine.SeededRandom;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Timings;
import io.infraviz.model.Topology;
import io.infraviz.sim.net.Network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The state of the running infrastructure and its indexes: hosts, components, links, clients,
 * application servers and their upstreams, and the settings in force. Built once by
 * {@link WorldBuilder}; the flows change the state of its parts, never its shape.
 */
public final class World {
    private final Topology topology;
    private SimulationSettings settings;
    private final SeededRandom random;
    private final List<HostState> hosts;
    private final List<ComponentState> components;
    private final Map<String, ComponentState> componentById;
    private final Map<String, LinkState> linkById;
    private final Network network;
    private final AppServerState[] appServers;
    private final AppServerState[][] upstreams;
    private final int[] upstreamCursor;
    private final ComponentState[] filesOf;
    private final List<ClientState> clients;
    private final ComponentState users;
    private final ComponentState dns;
    private final ComponentState entry;
    private final List<ComponentState> vipPair;
    private final ComponentState[] serverWeb;

    World(WorldBuilder b) {
        this.topology = b.topology;
        this.settings = b.settings;
        this.random = b.random;
        this.hosts = b.hosts;
        this.components = b.components;
        this.componentById = b.componentById;
        this.linkById = b.linkById;
        this.network = new Network(components.size(), b.links, settings.timings(), i -> firewallFiltering(hosts.get(i)));
        this.appServers = b.appServers;
        this.upstreams = b.upstreams;
        this.upstreamCursor = new int[components.size()];
        this.filesOf = b.filesOf;
        this.clients = b.clients;
        this.users = b.users;
        this.dns = b.dns;
        this.entry = b.entry;
        this.vipPair = b.vipPair;
        this.serverWeb = b.serverWeb;
    }

    public Topology topology() {
        return topology;
    }

    public SimulationSettings settings() {
        return settings;
    }

    /** The timings in force. */
    public Timings timings() {
        return settings.timings();
    }

    /** The load balancer settings in force. */
    public LbSettings lb() {
        return settings.lb();
    }

    /** The settings from now on (timings reach the network at once). */
    public void setSettings(SimulationSettings newSettings) {
        this.settings = newSettings;
        network.setTimings(newSettings.timings());
    }

    public SeededRandom random() {
        return random;
    }

    /** A duration with the settings' jitter applied. */
    public long jitter(long base) {
        return random.jitter(base, settings.timings().jitterPercent());
    }

    public List<HostState> hosts() {
        return hosts;
    }

    /** The host with this id, or null. */
    public HostState host(String id) {
        return hosts.stream().filter(x -> x.host.id().equals(id)).findFirst().orElse(null);
    }

    public List<ComponentState> components() {
        return components;
    }

    /** The component with this id, or null. */
    public ComponentState component(String id) {
        return componentById.get(id);
    }

    /** The link with this id, or null. */
    public LinkState link(String id) {
        return linkById.get(id);
    }

    Collection<LinkState> links() {
        return linkById.values();
    }

    public Network network() {
        return network;
    }

    /** The application server state of a component, or null when it is not one. */
    public AppServerState appServer(ComponentState c) {
        return appServers[c.index];
    }

    /** The application server state of a component id, or null when there is none. */
    public AppServerState appServer(String id) {
        ComponentState c = componentById.get(id);
        return c == null ? null : appServers[c.index];
    }

    /** Every application server's state, by component index (null where none). */
    public AppServerState[] appServers() {
        return appServers;
    }

    /**
     * The application server Nginx sends the next request to: round robin over its upstream
     * (one server in most stages), or null when it proxies to none.
     */
    public AppServerState nextUpstream(ComponentState web) {
        AppServerState[] ups = upstreams[web.index];
        if (ups.length == 0) {
            return null;
        }
        return ups[upstreamCursor[web.index]++ % ups.length];
    }

    /** The application server after {@code current} in Nginx's upstream (where a refused request is retried). */
    public AppServerState upstreamAfter(ComponentState web, AppServerState current) {
        AppServerState[] ups = upstreams[web.index];
        for (int i = 0; i < ups.length; i++) {
            if (ups[i] == current) {
                return ups[(i + 1) % ups.length];
            }
        }
        return ups[0];
    }

    /** How many application servers a web server proxies to. */
    public int upstreamCount(ComponentState web) {
        return upstreams[web.index].length;
    }

    /** The app files an application server reads its code from, or null. */
    public ComponentState filesOf(ComponentState app) {
        return filesOf[app.index];
    }

    public List<ClientState> clients() {
        return clients;
    }

    /** The users' side of the Internet. */
    public ComponentState users() {
        return users;
    }

    /** The DNS server, or null without one. */
    public ComponentState dns() {
        return dns;
    }

    /** Where users connect: a virtual IP, a load balancer or a web server. */
    public ComponentState entry() {
        return entry;
    }

    /** The load balancers behind the virtual IP entry, in order of preference; empty without one. */
    public List<ComponentState> vipPair() {
        return vipPair;
    }

    /** The web server of the backend with this index. */
    public ComponentState serverWeb(int backendIndex) {
        return serverWeb[backendIndex];
    }


    /** True when a host's firewall filters now: firewalls are on and its firewall component (if it has one) runs. */
    public boolean firewallFiltering(HostState h) {
        if (!settings.security().firewalls()) {
            return false;
        }
        ComponentState firewall = onHost(h, Role.FIREWALL);
        return firewall == null || firewall.running();
    }

    /** The component on a host with a role, or null. */
    public ComponentState onHost(HostState h, Role role) {
        for (ComponentState c : components) {
            if (c.host == h && c.component.role() == role) {
                return c;
            }
        }
        return null;
    }

    /** Ids of everything not running normally now (killed, hung, erroring, host down, cut), sorted. */
    public List<String> downIds() {
        List<String> out = new ArrayList<>();
        for (HostState h : hosts) {
            if (h.down()) {
                out.add(h.host.id());
            }
        }
        for (ComponentState c : components) {
            if ((c.killed() || c.hung() || c.erroring()) && !c.hostDown()) {
                out.add(c.id());
            }
        }
        for (LinkState l : linkById.values()) {
            if (l.cut()) {
                out.add(l.link().id());
            }
        }
        Collections.sort(out);
        return out;
    }
}
