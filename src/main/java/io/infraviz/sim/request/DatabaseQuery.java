package io.infraviz.sim.request;

import io.infraviz.engine.Engine;
import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.db.ConnectionPools;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DatabaseRouter;
import io.infraviz.sim.db.Databases;
import io.infraviz.sim.db.MysqlError;
import io.infraviz.sim.db.ReplicationFlow;
import io.infraviz.sim.net.Network;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.World;

import static io.infraviz.sim.request.RequestCheckpoint.AT_DB;
import static io.infraviz.sim.request.RequestCheckpoint.BACK_AT_APP;
import static io.infraviz.sim.request.RequestCheckpoint.DB_FAILED;
import static io.infraviz.sim.request.RequestCheckpoint.QUERY_ANSWERED;

/**
 * The application's queries for a request: to the database the router chooses, falling back to
 * the next for reads when one does not answer. A write is committed at the end of its execution;
 * its OK travels back while, independently, the Primary streams it to the Replicas. The write's
 * page then reads back what it stored, from where the read policy says: a Replica that has not
 * applied the write yet shows the user a page without it.
 *
 * <p>A query runs over a pooled connection ({@link ConnectionPools}); the errors are MySQL's: 2013
 * when the server dies during the query, 2006 on a pooled connection it had, 2002 or 2003 for a new
 * connection, 1290 for a write that reaches a read-only server.
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
    private final ConnectionPools pools = new ConnectionPools();

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
        r.dbCandidates = router.candidates(routedAs(r), r.app);
        r.dbTry = 0;
        if (r.dbCandidates.length == 0) {
            server.leaveApp(r);
            return;
        }
        tryDatabase(r);
    }

    /** A read-back is routed as a read. */
    private static RequestKind routedAs(Request r) {
        return r.readingBack ? RequestKind.READ : r.kind;
    }

    private void tryDatabase(Request r) {
        ComponentState app = r.app.component();
        ComponentState db = r.dbCandidates[r.dbTry];
        hops.go(r, app, db, network.hop(app, db), AT_DB);
    }

    void atDb(Request r) {
        ComponentState db = r.to();
        ComponentState app = r.app.component();
        DatabaseNode node = databases.cluster().node(db.id());
        long back = network.hop(db, app);
        var reach = network.reach(app, db);
        if (reach == io.infraviz.sim.net.Reach.HUNG) {
            hops.stick(r, db);
            return;
        }
        ConnectionPools.Use use = pools.take(r.app, node);
        switch (reach) {
            case OK -> {
                if (use == ConnectionPools.Use.DEAD) {
                    // The server restarted since this connection was opened: the driver finds it closed.
                    r.dbError = MysqlError.GONE_AWAY;
                    hops.go(r, db, app, back, DB_FAILED);
                } else {
                    executeQuery(r, db, node, back);
                }
            }
            case ERRORING -> {
                pools.giveBack(r.app, node);
                r.fail(db, Outcome.SERVER_ERROR, "MySQL answers errors to every query");
                hops.go(r, db, app, back, BACK_AT_APP);
            }
            case REFUSED -> {
                r.dbError = use == ConnectionPools.Use.NEW ? MysqlError.CANT_CONNECT : MysqlError.GONE_AWAY;
                hops.go(r, db, app, back, DB_FAILED);
            }
            default -> {
                // Nobody answers: a new connection times out (2003); a query on an open one waits as long
                // and is lost (2013).
                r.dbError = use == ConnectionPools.Use.NEW ? MysqlError.CANT_CONNECT_TIMEOUT : MysqlError.LOST_CONNECTION;
                hops.stay(r, db, Math.max(0, world.timings().dbConnectTimeout() - back), DB_FAILED);
            }
        }
    }

    private void executeQuery(Request r, ComponentState db, DatabaseNode node, long back) {
        ComponentState app = r.app.component();
        int life = node.life();
        r.queryDone = false;
        if (r.kind == RequestKind.WRITE && !r.readingBack) {
            r.servedBy = node;
            if (node.readOnly()) {
                pools.giveBack(r.app, node);
                r.dbError = MysqlError.READ_ONLY;
                r.fail(db, Outcome.SERVER_ERROR, "the write reached " + db.id() + ", which runs with read_only on: "
                        + MysqlError.READ_ONLY.message(db.id()));
                hops.go(r, db, app, back, BACK_AT_APP);
                return;
            }
            long time = world.jitter(world.timings().dbWrite());
            engine.schedule(time, () -> {
                if (alive(db, node, life) && !node.readOnly()) {
                    var entry = databases.cluster().commit(node, r.record, engine.now());
                    r.ownGtid = databases.cluster().lastGtid();
                    r.queryDone = true;
                    // The OK leaves now; the copy to the Replicas leaves at the same moment, on its own.
                    replication.committed(node, entry);
                }
            });
            hops.go(r, db, app, time + back, QUERY_ANSWERED);
        } else {
            long time = world.jitter(world.timings().dbRead());
            engine.schedule(time, () -> {
                if (alive(db, node, life)) {
                    // The read returns what the server holds once it has executed.
                    r.stale = r.readingBack ? node.value(r.record) < r.ownGtid : databases.cluster().isStale(node, r.record);
                    r.queryDone = true;
                }
            });
            hops.go(r, db, app, time + back, QUERY_ANSWERED);
        }
    }

    /** The server is still the one the query started on, and runs. */
    private static boolean alive(ComponentState db, DatabaseNode node, int life) {
        return node.life() == life && !db.killed() && !db.hostDown();
    }

    /** The query's answer (or the news of its loss) reached the application. */
    void answered(Request r) {
        ComponentState db = r.dbCandidates[r.dbTry];
        DatabaseNode node = databases.cluster().node(db.id());
        if (!r.queryDone) {
            r.dbError = MysqlError.LOST_CONNECTION;
            r.fail(db, Outcome.SERVER_ERROR, db.id() + " died during the query: " + MysqlError.LOST_CONNECTION.message(db.id()));
            r.servedBy = null;
            server.leaveApp(r);
            return;
        }
        pools.giveBack(r.app, node);
        if (r.readingBack) {
            r.readBackBy = node;
        } else if (r.kind == RequestKind.WRITE) {
            // The write's page shows what it stored: read it back where reads go.
            r.readingBack = true;
            query(r);
            return;
        } else {
            r.servedBy = node;
        }
        server.leaveApp(r);
    }

    /** The database did not answer the connection or the query: fall back to the next one for reads, fail writes. */
    void failed(Request r) {
        ComponentState db = r.dbCandidates[r.dbTry];
        r.app.avoid(db, engine.now() + world.timings().dbRetryAfter());
        r.dbTry++;
        if (r.dbTry < r.dbCandidates.length) {
            tryDatabase(r);
            return;
        }
        String context = r.readingBack ? "the write was saved but its page could not read it back"
                : r.kind == RequestKind.WRITE ? "the write failed" : "no database answers";
        r.fail(db, Outcome.SERVER_ERROR, context + ": " + r.dbError.message(db.id()));
        if (!r.readingBack) {
            r.servedBy = null;
        }
        server.leaveApp(r);
    }
}
