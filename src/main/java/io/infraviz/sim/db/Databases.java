package io.infraviz.sim.db;

import io.infraviz.model.Component;
import io.infraviz.model.Role;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.World;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The databases' replication state with the component each database runs as: what the database flows share. */
public final class Databases {
    private final DatabaseCluster cluster;
    private final Map<DatabaseNode, ComponentState> components = new HashMap<>();

    public Databases(World world) {
        List<String> ids = world.topology().componentsWithRole(Role.DATABASE).stream().map(Component::id).toList();
        cluster = new DatabaseCluster(ids, world.topology().primaryDatabase(), world.settings().db().records());
        cluster.setReplicasReadOnly(world.settings().db().readOnly());
        for (DatabaseNode n : cluster.nodes()) {
            components.put(n, world.component(n.id()));
        }
    }

    public DatabaseCluster cluster() {
        return cluster;
    }

    /** The component of a database node. */
    public ComponentState componentOf(DatabaseNode node) {
        return components.get(node);
    }
}
