package io.infraviz.sim.db;

import io.infraviz.sim.world.AppServerState;

import java.util.Arrays;

/**
 * The application servers' pooled connections to each database. A query takes an idle connection
 * or opens a new one, and gives it back when it is answered. When a database dies, the
 * connections it had are dead too, although the pool does not know it yet: the next query sent on
 * each gets error 2006 (gone away); only then does the application open new connections, which
 * get 2002 or 2003 while the database is down.
 */
public final class ConnectionPools {
    /** What the next query to a database goes over. */
    public enum Use {
        /** An idle connection of the pool, still alive. */
        POOLED,
        /** An idle connection whose server died since it was last used: the query gets 2006. */
        DEAD,
        /** A new connection (the pool had none idle). */
        NEW
    }

    /** One application's idle connections to one database. */
    private static final class Pool {
        int appEpoch;
        int life;
        int idle;
        int dead;
    }

    /** By database slot, then by application component index (asked for every query: arrays). */
    private Pool[][] pools = new Pool[0][];

    /** Takes a connection from {@code app}'s pool for {@code db}, or says a new one is needed. */
    public Use take(AppServerState app, DatabaseNode db) {
        Pool p = current(app, db);
        if (p.dead > 0) {
            p.dead--;
            return Use.DEAD;
        }
        if (p.idle > 0) {
            p.idle--;
            return Use.POOLED;
        }
        return Use.NEW;
    }

    /** A query was answered: its connection goes back to the pool. */
    public void giveBack(AppServerState app, DatabaseNode db) {
        current(app, db).idle++;
    }

    /** The pool as it is now: emptied if the application server was restarted; its connections dead if the database died. */
    private Pool current(AppServerState app, DatabaseNode db) {
        int d = db.slot();
        int a = app.component().index();
        if (d >= pools.length) {
            pools = Arrays.copyOf(pools, d + 1);
        }
        Pool[] ofDb = pools[d];
        if (ofDb == null || a >= ofDb.length) {
            ofDb = ofDb == null ? new Pool[a + 1] : Arrays.copyOf(ofDb, a + 1);
            pools[d] = ofDb;
        }
        Pool p = ofDb[a];
        if (p == null) {
            p = new Pool();
            p.appEpoch = app.epoch();
            p.life = db.life();
            ofDb[a] = p;
        }
        if (p.appEpoch != app.epoch()) {
            p.appEpoch = app.epoch();
            p.idle = 0;
            p.dead = 0;
        }
        if (p.life != db.life()) {
            p.life = db.life();
            p.dead += p.idle;
            p.idle = 0;
        }
        return p;
    }
}
