package io.infraviz.ui;

import io.infraviz.diagram.DatabaseRoles;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.scenario.Explanations;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.db.DatabaseCluster;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.lb.BackendServer;

/**
 * What the inspector says about a selected part (a component, a host or a link), read from the
 * simulation each time, so its title and state follow promotions, re-seeds and cuts.
 *
 * @param title       e.g. "MySQL Replica  (web-01.mysql)"
 * @param state       its state and counters
 * @param explanation what it is, why it is there, what killing or cutting it does
 * @param concept     the concept to show a lesson for, or null
 */
record InspectorTexts(String title, String state, String explanation, Explanations.Concept concept) {

    static InspectorTexts of(SimulationView sim, String id) {
        Component c = sim.topology().component(id).orElse(null);
        if (c != null) {
            return ofComponent(sim, c);
        }
        Link l = sim.topology().link(id).orElse(null);
        if (l != null) {
            return ofLink(sim, l);
        }
        Host h = sim.topology().host(id).orElse(null);
        String name = h == null ? id : h.label();
        return new InspectorTexts(name, sim.hostDown(id) ? "Host is down." : "Host is up.",
                "A server (machine). Killing it stops every component on it.", Explanations.Concept.SERVER);
    }

    private static InspectorTexts ofComponent(SimulationView sim, Component c) {
        Explanations.Concept concept = Explanations.conceptFor(c.role());
        String explanation = Explanations.of(c.role()) + (concept == null ? "" : "\n\n" + concept.text());
        return new InspectorTexts(name(sim, c) + "  (" + c.id() + ")", describe(sim, c), explanation, concept);
    }

    /** A component's name; a database's says its current role, which promotions and re-seeds change. */
    private static String name(SimulationView sim, Component c) {
        DatabaseNode n = c.role() == Role.DATABASE ? sim.databases().node(c.id()) : null;
        return n != null ? "MySQL " + DatabaseRoles.of(sim, n) : c.label().split("\n")[0];
    }

    private static InspectorTexts ofLink(SimulationView sim, Link l) {
        boolean cut = sim.linkCut(l.id());
        StringBuilder b = new StringBuilder();
        b.append("Link from ").append(l.from()).append(" to ").append(l.to()).append('\n');
        b.append(cut ? "State: CUT. Nothing passes, either way. Click it to heal it."
                : "State: up, carrying traffic. Click it to cut it.");
        if (!cut && l.purpose() == LinkPurpose.REPLICATION) {
            DatabaseNode replica = replicaOn(sim.databases(), l);
            if (replica != null) {
                b.append('\n').append("Replica lag: ").append(SimTime.human(sim.databases().lagMicros(replica, sim.now())))
                        .append(" (Seconds_Behind_Master: ").append(DatabaseRoles.reportedLag(sim, replica)).append(')');
            }
        }
        String carries = switch (l.purpose()) {
            case HTTP -> l.from().equals("users") && sim.settings().security().https() ? "HTTPS" : "HTTP";
            default -> l.purpose().name().charAt(0) + l.purpose().name().substring(1).toLowerCase();
        };
        return new InspectorTexts("Link: " + l.from() + " → " + l.to() + "  (" + carries + ")", b.toString(),
                Explanations.ofLink(l.purpose()), Explanations.conceptFor(l.purpose()));
    }

    private static DatabaseNode replicaOn(DatabaseCluster dbs, Link l) {
        for (String end : new String[] {l.to(), l.from()}) {
            DatabaseNode n = dbs.node(end);
            if (n != null && n.source() != null) {
                return n;
            }
        }
        return null;
    }

    static String describe(SimulationView sim, Component c) {
        StringBuilder b = new StringBuilder();
        b.append(c.role().title()).append(c.onHost() ? " on " + c.hostId() : " on the Internet").append('\n');
        b.append("Status: ").append(sim.status(c.id()).words()).append('\n');
        if (c.role() == Role.WEB_SERVER) {
            for (BackendServer s : sim.backendServers()) {
                if (s.name().equals(c.hostId())) {
                    b.append("Load balancer says: ").append(sim.healthLabel(s)).append(s.backup() ? " (backup)" : "")
                            .append('\n').append("Open connections from the load balancer: ").append(s.connections()).append('\n');
                }
            }
        }
        if (c.role() == Role.APP_SERVER) {
            b.append("Busy workers: ").append(sim.busyWorkers(c.id())).append(" of ")
                    .append(sim.settings().capacity().appWorkers()).append('\n');
            b.append("Waiting in the queue: ").append(sim.queueLength(c.id())).append('\n');
        }
        if (c.role() == Role.DATABASE) {
            describeDatabase(sim, c, b);
        }
        return b.toString().trim();
    }

    private static void describeDatabase(SimulationView sim, Component c, StringBuilder b) {
        DatabaseCluster dbs = sim.databases();
        DatabaseNode n = dbs.node(c.id());
        String role = DatabaseRoles.of(sim, n);
        b.append("Role: ").append(role).append(n == dbs.writer() ? " (the source of replication)"
                : n.readOnly() ? " (read_only on: refuses writes)" : n.role() == DbRole.REPLICA ? " (read_only off: accepts writes)"
                : " (writable, diverged)").append('\n');
        if (n == dbs.writesGoTo()) {
            b.append("The application's writes go here\n");
        }
        if (n.source() != null) {
            b.append("Replicates from ").append(n.source().id()).append(": applied ").append(n.applied())
                    .append(" of ").append(n.source().committed()).append(" writes, ").append(n.relaySize())
                    .append(" received and waiting\n");
            b.append("I/O thread: ").append(n.ioState().code()).append(n.ioState() == io.infraviz.sim.db.IoThreadState.CONNECTING
                    ? ", trying again every " + DatabaseRoles.retryEvery(sim) + " (MASTER_CONNECT_RETRY)" : "").append('\n');
            b.append("True lag: ").append(SimTime.human(dbs.lagMicros(n, sim.now())))
                    .append("; Seconds_Behind_Master: ").append(DatabaseRoles.reportedLag(sim, n)).append('\n');
        } else {
            b.append("Writes committed here: ").append(n.committed()).append('\n');
        }
        long splitBrain = DatabaseRoles.splitBrainWrites(sim, n);
        if (splitBrain > 0) {
            b.append(DatabaseRoles.splitBrainText(splitBrain)).append(": the Primary never got them; a re-seed "
                    + "from the Primary discards them\n");
        } else if (n.divergedWrites() > 0) {
            b.append("Holds ").append(n.divergedWrites()).append(" write(s) the Primary never got\n");
        }
        var totals = sim.counters().component(n.id());
        b.append("Read-backs here that missed their own write: ").append(totals.ownWriteStale()).append('\n');
        b.append("Lost writes so far: ").append(dbs.lostWrites()).append('\n');
    }
}
