package io.infraviz.sim.db;

import io.infraviz.engine.Engine;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.world.AppServerState;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.World;

import java.util.ArrayList;
import java.util.List;

/**
 * The application's choice of database for a query, in the order it tries them: writes go to its
 * write address only (the Primary, unless it was pointed elsewhere); reads follow the read policy
 * and, when their first choice does not answer, fall back to the write address. That fallback is
 * this application's choice, written in its code: MySQL itself sends nothing anywhere.
 */
public final class DatabaseRouter {
    private static final ComponentState[] NONE = new ComponentState[0];

    private final World world;
    private final Databases databases;
    private final Engine engine;
    private int rotation;

    public DatabaseRouter(World world, Databases databases, Engine engine) {
        this.world = world;
        this.databases = databases;
        this.engine = engine;
    }

    public ComponentState[] candidates(RequestKind kind, AppServerState app) {
        if (databases.cluster().isEmpty()) {
            return NONE;
        }
        DatabaseNode writer = databases.cluster().writer();
        ComponentState primary = databases.componentOf(databases.cluster().writesGoTo());
        if (kind == RequestKind.WRITE) {
            return new ComponentState[] {primary};
        }
        ReadPolicy policy = world.settings().db().readPolicy();
        List<ComponentState> order = new ArrayList<>(3);
        switch (policy) {
            case PRIMARY -> order.add(primary);
            case REPLICA -> {
                addReplicas(order, writer);
                order.add(primary);
            }
            case LOCAL -> {
                ComponentState local = localDatabase(app.component());
                if (local != null) {
                    order.add(local);
                }
                order.add(primary);
                addReplicas(order, writer);
            }
            case ANY -> {
                order.add(primary);
                addReplicas(order, writer);
                int shift = rotation++ % order.size();
                for (int i = 0; i < shift; i++) {
                    order.add(order.remove(0));
                }
            }
        }
        return avoidingRecentFailures(distinct(order), app);
    }

    /** The list without repeats, in order (a handful of databases: a scan beats a set). */
    private static ComponentState[] distinct(List<ComponentState> order) {
        ComponentState[] out = new ComponentState[order.size()];
        int n = 0;
        for (ComponentState c : order) {
            boolean seen = false;
            for (int i = 0; i < n && !seen; i++) {
                seen = out[i] == c;
            }
            if (!seen) {
                out[n++] = c;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Moves databases the application recently failed to connect to behind the others (its pool's back-off). */
    private ComponentState[] avoidingRecentFailures(ComponentState[] order, AppServerState app) {
        long now = engine.now();
        ComponentState[] out = new ComponentState[order.length];
        int i = 0;
        for (ComponentState c : order) {
            if (app.avoidsUntil(c) <= now) {
                out[i++] = c;
            }
        }
        for (ComponentState c : order) {
            if (app.avoidsUntil(c) > now) {
                out[i++] = c;
            }
        }
        return out;
    }

    private void addReplicas(List<ComponentState> order, DatabaseNode writer) {
        List<DatabaseNode> replicas = databases.cluster().replicasOf(writer);
        if (replicas.size() > 1) {
            int shift = rotation++ % replicas.size();
            for (int i = 0; i < replicas.size(); i++) {
                order.add(databases.componentOf(replicas.get((i + shift) % replicas.size())));
            }
        } else {
            replicas.forEach(n -> order.add(databases.componentOf(n)));
        }
    }

    /** The database on the application's own host, among those it is connected to. */
    private ComponentState localDatabase(ComponentState app) {
        for (var c : world.topology().targets(app.id(), LinkPurpose.DATABASE)) {
            ComponentState db = world.component(c.id());
            if (db.host() != null && db.host() == app.host()) {
                return db;
            }
        }
        return null;
    }
}
