package io.infraviz.configs;

import io.infraviz.model.Backend;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.NetworkNames;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The facts of a design the files are made from, read off the topology and the settings, with the
 * checks that refuse what real files cannot say (a host without an address, two HAProxies on one
 * host, a name no program accepts).
 */
final class Design {
    /** Host ids become folder names and HAProxy server names: letters, digits, dot, dash, underscore. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Topology topology;
    private final SimulationSettings settings;

    Design(Topology topology, SimulationSettings settings) {
        this.topology = topology;
        this.settings = settings;
        check();
    }

    private void check() {
        if (!NetworkNames.isHostName(topology.domain())) {
            throw new CannotExpress("the site", "its domain '" + topology.domain() + "' is not a host name Nginx and a "
                    + "certificate accept");
        }
        for (Host h : topology.hosts()) {
            if (!NAME.matcher(h.id()).matches()) {
                throw new CannotExpress("host " + h.id(), "its id is the folder's name and must be letters, digits, "
                        + "'.', '-' or '_'");
            }
            Map<Integer, String> listening = new HashMap<>();
            for (String id : h.componentIds()) {
                OptionalInt port = Ports.of(component(id).role());
                String before = port.isPresent() ? listening.putIfAbsent(port.getAsInt(), id) : null;
                if (before != null) {
                    throw new CannotExpress("host " + h.id(), before + " and " + id + " would both listen on port "
                            + port.getAsInt());
                }
            }
        }
        for (Component c : topology.components()) {
            if (!NAME.matcher(c.id()).matches()) {
                throw new CannotExpress("component " + c.id(), "its id goes into the files and must be letters, digits, "
                        + "'.', '-' or '_'");
            }
        }
        for (Backend b : topology.backends()) {
            if (!NAME.matcher(b.name()).matches()) {
                throw new CannotExpress("backend server " + b.name(), "HAProxy's server names are letters, digits, "
                        + "'.', '-' or '_'");
            }
        }
    }

    Topology topology() {
        return topology;
    }

    SimulationSettings settings() {
        return settings;
    }

    Component component(String id) {
        return topology.component(id).orElseThrow();
    }

    List<Component> withRole(Role role) {
        return topology.componentsWithRole(role);
    }

    /** The IPv4 address of the host a component runs on. */
    String ip(Component c) {
        if (c.hostId() == null) {
            throw new CannotExpress(c.id(), "it runs on no host of ours, so it has no address to configure");
        }
        String ip = topology.host(c.hostId()).orElseThrow().ip();
        if (!NetworkNames.isIpv4(ip)) {
            throw new CannotExpress(c.id(), "its host " + c.hostId() + " has " + (ip == null || ip.isBlank()
                    ? "no IP address" : "the address '" + ip + "', not an IPv4 address") + " (give the host an \"ip\")");
        }
        return ip;
    }

    /** The address {@code from} reaches {@code to} at: loopback on the same host, else the host's address. */
    String address(Component from, Component to) {
        return to.hostId() != null && to.hostId().equals(from.hostId()) ? "127.0.0.1" : ip(to);
    }

    /** The application servers a web server proxies to, in link order. */
    List<Component> appsBehind(Component web) {
        return topology.targets(web.id(), LinkPurpose.HTTP).stream().filter(c -> c.role() == Role.APP_SERVER).toList();
    }

    /** The database a Replica copies from, if it is one. */
    Optional<Component> sourceOf(Component db) {
        List<Link> in = topology.links().stream()
                .filter(l -> l.purpose() == LinkPurpose.REPLICATION && l.to().equals(db.id())).toList();
        if (in.size() > 1) {
            throw new CannotExpress(db.id(), "it replicates from " + in.size() + " databases; the files set up one "
                    + "source per Replica");
        }
        return in.stream().map(l -> component(l.from())).findFirst();
    }

    /** The Replicas copying from a database, in link order. */
    List<Component> replicasOf(Component db) {
        return topology.targets(db.id(), LinkPurpose.REPLICATION);
    }

    /** The load balancers behind a virtual IP, first the one that holds it; empty without one. */
    List<Component> vipPair() {
        Component entry = component(topology.entryPoint());
        if (entry.role() != Role.VIRTUAL_IP) {
            return List.of();
        }
        return topology.targets(entry.id(), LinkPurpose.HTTP).stream().filter(c -> c.role() == Role.LOAD_BALANCER).toList();
    }

    /** True when the users' browsers reach this component over HTTPS (TLS ends here). */
    boolean terminatesTls(Component c) {
        if (!settings.security().https()) {
            return false;
        }
        Component entry = component(topology.entryPoint());
        return c.id().equals(entry.id()) || vipPair().contains(c);
    }

    /** Where the certificate for the domain goes (the README says how to make one). */
    String certificate(String folder) {
        return folder + "/" + topology.domain() + ".pem";
    }
}
