package io.infraviz.sim.request;

import io.infraviz.engine.Engine;
import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.db.DatabaseRouter;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.net.Network;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.World;

import static io.infraviz.sim.request.RequestStage.AT_DB;
import static io.infraviz.sim.request.RequestStage.BACK_AT_APP;
import static io.infraviz.sim.request.RequestStage.DB_FAILED;

/**
 * The application's query for a request: to the database the router chooses, falling back to the
 * next for reads when one does not answer; a write is committed and replicated.
 */
final class DatabaseQuery {
    private final World world;
    private final Databases databases;
    private final Engine engine;
    private final Network network;
    private final RequestHops hops;
    private final DatabaseRouter router;
    private final ReplicationFlow replication;
    private final ServerLeg server;

    DatabaseQuery(World world, Databases databases, Engine engine, RequestHops hops, ReplicationFlow replication, ServerLeg server) {
        this.world = world;
        this.databases = databases;
        this.engine = engine;
        this.network = world.network();
        this.hops = hops;
        this.router = new DatabaseRouter(world, databases, engine);
        this.replication = replication;
        this.server = server;
    }

    void query(Request r) {
        r.dbCandidates = router.candidates(r.kind, r.app);
        r.dbTry = 0;
        if (r.dbCandidates.length == 0) {
            server.leaveApp(r);
            return;
        }
        tryDatabase(r);
    }

    private void tryDatabase(Request r) {
        ComponentState app = r.app.component();
        ComponentState db = r.dbCandidates[r.dbTry];
        hops.go(r, app, db, network.hop(app, db), AT_DB);
    }

    void atDb(Request r) {
        ComponentState db = r.to();
        ComponentState app = r.app.component();
        long back = network.hop(db, app);
        switch (network.reach(app, db)) {
            case OK -> executeQuery(r, db, back);
            case ERRORING -> {
                r.fail(db, Outcome.SERVER_ERROR, "MySQL answers errors to every query");
                hops.go(r, db, app, back, BACK_AT_APP);
            }
            case REFUSED -> hops.go(r, db, app, back, DB_FAILED);
            case UNREACHABLE -> hops.stay(r, db, Math.max(0, world.timings().dbConnectTimeout() - back), DB_FAILED);
            case HUNG -> hops.stick(r, db);
        }
    }

    private void executeQuery(Request r, ComponentState db, long back) {
        var node = databases.cluster().node(db.id());
        ComponentState app = r.app.component();
        r.servedBy = node;
        if (r.kind == RequestKind.WRITE) {
            if (node.readOnly()) {
                r.fail(db, Outcome.SERVER_ERROR,
                        "MySQL error 1290: " + db.id() + " is a read-only Replica and refuses the write");
                hops.go(r, db, app, back, BACK_AT_APP);
                return;
            }
            var entry = databases.cluster().commit(node, r.record, engine.now());
            replication.committed(node, entry);
            hops.go(r, db, app, world.jitter(world.timings().dbWrite()) + back, BACK_AT_APP);
        } else {
            r.stale = databases.cluster().isStale(node, r.record);
            hops.go(r, db, app, world.jitter(world.timings().dbRead()) + back, BACK_AT_APP);
        }
    }

    /** The database did not answer the connection: fall back to the next one for reads, fail writes. */
    void failed(Request r) {
        ComponentState db = r.dbCandidates[r.dbTry];
        r.app.avoid(db, engine.now() + world.timings().dbRetryAfter());
        r.dbTry++;
        if (r.dbTry < r.dbCandidates.length) {
            tryDatabase(r);
            return;
        }
        String name = db == databases.componentOf(databases.cluster().writer()) ? "the Primary" : db.id();
        r.fail(db, Outcome.SERVER_ERROR, (r.kind == RequestKind.WRITE ? "the Primary is down" : "no database answers")
                + ": MySQL error 2002, can't connect to " + name);
        r.servedBy = null;
        server.leaveApp(r);
    }
}
