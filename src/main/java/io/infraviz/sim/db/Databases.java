package io.infraviz.sim.db;

import io.infraviz.model.Component;
import io.infraviz.model.Role;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.World;

import java.util.List;

/** The databases' replication state with the component each database runs as: what the database flows share. */
public final class Databases {
    private final DatabaseCluster cluster;
    /** By database slot: asked for every query, so an array, not a map. */
    private final ComponentState[] components;

    public Databases(World world) {
        List<String> ids = world.topology().componentsWithRole(Role.DATABASE).stream().map(Component::id).toList();
        cluster = new DatabaseCluster(ids, world.topology().primaryDatabase(), world.settings().db().records());
        cluster.setReplicasReadOnly(world.settings().db().readOnly());
        components = new ComponentState[ids.size()];
        for (DatabaseNode n : cluster.nodes()) {
            components[n.slot()] = world.component(n.id());
        }
    }

    public DatabaseCluster cluster() {
        return cluster;
    }

    /** The component of a database node. */
    public ComponentState componentOf(DatabaseNode node) {
        return components[node.slot()];
    }
}
