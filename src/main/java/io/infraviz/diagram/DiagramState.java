package io.infraviz.diagram;

import io.infraviz.model.Component;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.world.ComponentStatus;
import io.infraviz.sim.world.ServerHealth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the diagram shows of a moment of the simulation: each component's state, each server's
 * health in the load balancer's words, each database's role, each link's state. Two equal states
 * draw the same picture, so the view repaints only when it changes.
 *
 * @param components status per component id
 * @param roles      "Primary", "Replica", "old Primary" per database id (see {@link DatabaseRoles})
 * @param hostsDown  host id -> true when the whole machine is down
 * @param health     server (host) id -> HAProxy's words, e.g. "going down 2/3"
 * @param healthKind server (host) id -> UP, DOWN or TRANSITION
 * @param links      link id -> whether it is cut, or a replication link's lag
 * @param splitBrain database id -> writes only it holds, for a revived, writable, diverged old Primary
 * @param https      whether users reach the load balancer over HTTPS (the Internet link says so)
 */
public record DiagramState(Map<String, ComponentStatus> components, Map<String, String> roles,
                           Map<String, Boolean> hostsDown, Map<String, String> health,
                           Map<String, HealthKind> healthKind, Map<String, LinkLook> links,
                           Map<String, Long> splitBrain, boolean https) {

    /** How a server's health is drawn. */
    public enum HealthKind { UP, TRANSITION, DOWN }

    /** Reads the current state of a simulation. */
    public static DiagramState of(SimulationView sim) {
        Map<String, ComponentStatus> components = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Component c : sim.topology().components()) {
            components.put(c.id(), sim.status(c.id()));
        }
        DatabaseCluster dbs = sim.databases();
        Map<String, Long> splitBrain = new LinkedHashMap<>();
        for (DatabaseNode n : dbs.nodes()) {
            // The diagram marks a dead server itself: the plain role here.
            roles.put(n.id(), DatabaseRoles.role(dbs, n));
            long diverged = DatabaseRoles.splitBrainWrites(sim, n);
            if (diverged > 0) {
                splitBrain.put(n.id(), diverged);
            }
        }
        if (sim.settings().security().https()) {
            for (Component c : sim.topology().componentsWithRole(io.infraviz.model.Role.LOAD_BALANCER)) {
                roles.put(c.id(), "HTTPS ends here");
            }
        }
        String active = sim.activeLoadBalancer();
        for (Component c : sim.topology().componentsWithRole(io.infraviz.model.Role.VIRTUAL_IP)) {
            if (active != null) {
                roles.put(c.id(), "on " + active.substring(0, active.indexOf('.') < 0 ? active.length() : active.indexOf('.')));
            }
        }
        Map<String, Boolean> hostsDown = new LinkedHashMap<>();
        sim.topology().hosts().forEach(h -> hostsDown.put(h.id(), sim.hostDown(h.id())));
        Map<String, String> health = new LinkedHashMap<>();
        Map<String, HealthKind> kinds = new LinkedHashMap<>();
        for (BackendServer s : sim.backendServers()) {
            String label = sim.healthLabel(s);
            health.put(s.name(), label + (s.backup() ? " (backup)" : ""));
            kinds.put(s.name(), s.state() == ServerHealth.DOWN ? (s.passedInARow() > 0 ? HealthKind.TRANSITION : HealthKind.DOWN)
                    : s.failedInARow() > 0 ? HealthKind.TRANSITION : HealthKind.UP);
        }
        Map<String, LinkLook> links = new LinkedHashMap<>();
        for (Link l : sim.topology().links()) {
            links.put(l.id(), sim.linkCut(l.id()) ? LinkLook.CUT
                    : l.purpose() == LinkPurpose.REPLICATION ? LinkLook.saying(replicationText(sim, l)) : LinkLook.FINE);
        }
        return new DiagramState(components, roles, hostsDown, health, kinds, links, splitBrain,
                sim.settings().security().https());
    }

    private static String replicationText(SimulationView sim, Link l) {
        DatabaseCluster dbs = sim.databases();
        for (String end : new String[] {l.to(), l.from()}) {
            DatabaseNode n = dbs.node(end);
            if (n != null && n.role() == DbRole.REPLICA && n.source() != null) {
                return DatabaseRoles.linkText(sim, n);
            }
        }
        return "not replicating";
    }
}
