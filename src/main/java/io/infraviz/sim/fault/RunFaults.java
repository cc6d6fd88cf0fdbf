package io.infraviz.sim.fault;

import io.infraviz.model.Topology;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.world.HostState;
import io.infraviz.sim.world.LinkState;
import io.infraviz.sim.world.World;

/** The faults on each part of a run as they are now, read from its state: what {@link FaultRules} asks. */
public final class RunFaults implements FaultTargets {
    private final World world;
    private final Databases databases;
    private final ReplicationFlow replication;

    public RunFaults(World world, Databases databases, ReplicationFlow replication) {
        this.world = world;
        this.databases = databases;
        this.replication = replication;
    }

    @Override
    public Topology topology() {
        return world.topology();
    }

    @Override
    public boolean hostDown(String hostId) {
        HostState h = world.host(hostId);
        return h != null && h.down();
    }

    @Override
    public boolean linkCut(String linkId) {
        LinkState l = world.link(linkId);
        return l != null && l.cut();
    }

    @Override
    public boolean killed(String componentId) {
        return world.component(componentId).killed();
    }

    @Override
    public boolean hung(String componentId) {
        return world.component(componentId).hung();
    }

    @Override
    public boolean erroring(String componentId) {
        return world.component(componentId).erroring();
    }

    @Override
    public boolean replica(String databaseId) {
        return databases.cluster().node(databaseId).role() == DbRole.REPLICA;
    }

    @Override
    public boolean promoting(String databaseId) {
        return replication.promoting(databases.cluster().node(databaseId));
    }

    @Override
    public String writerDatabase() {
        return databases.cluster().writer().id();
    }

    @Override
    public String writesGoTo() {
        return databases.cluster().writesGoTo().id();
    }
}
