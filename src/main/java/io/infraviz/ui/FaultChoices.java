package io.infraviz.ui;

import io.infraviz.model.Component;
import io.infraviz.model.Role;
import io.infraviz.sim.ComponentStatus;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.DbRole;
import io.infraviz.sim.fault.Fault;
import io.infraviz.sim.fault.FaultAction;

import java.util.ArrayList;
import java.util.List;

/** What a person can do to a component, host or link right now, and what a plain click does. */
final class FaultChoices {
    /** One menu entry: its words and the fault it applies. */
    record Choice(String label, Fault fault) {
    }

    private FaultChoices() {
    }

    /** The click's action: kill or revive a component or host, cut or heal a link. */
    static Fault primary(Simulation sim, String id) {
        if (sim.topology().link(id).isPresent()) {
            return new Fault(sim.linkCut(id) ? FaultAction.HEAL : FaultAction.CUT, id);
        }
        if (sim.topology().host(id).isPresent()) {
            return new Fault(sim.hostDown(id) ? FaultAction.REVIVE : FaultAction.KILL, id);
        }
        ComponentStatus s = sim.status(id);
        if (s == ComponentStatus.KILLED) {
            return new Fault(FaultAction.REVIVE, id);
        }
        if (s == ComponentStatus.HOST_DOWN) {
            return new Fault(FaultAction.REVIVE, sim.topology().component(id).orElseThrow().hostId());
        }
        if (s == ComponentStatus.HUNG || s == ComponentStatus.ERRORING) {
            return new Fault(FaultAction.HEAL, id);
        }
        return new Fault(FaultAction.KILL, id);
    }

    /** Plain words for a fault, e.g. "Kill web-02.nginx". */
    static String describe(Fault f) {
        String verb = switch (f.action()) {
            case KILL -> "Kill";
            case REVIVE -> "Revive";
            case HANG -> "Hang";
            case ERROR -> "Make answer errors:";
            case HEAL -> "Heal";
            case CUT -> "Cut link";
            case PROMOTE -> "Promote now:";
            case PROMOTE_SAFE -> "Promote safely (apply relay log first):";
            case RESEED -> "Re-seed from the Primary:";
        };
        return verb + " " + f.target();
    }

    static List<Choice> all(Simulation sim, String id) {
        List<Choice> out = new ArrayList<>();
        Fault main = primary(sim, id);
        out.add(new Choice(describe(main), main));
        Component c = sim.topology().component(id).orElse(null);
        if (c == null) {
            return out;
        }
        ComponentStatus s = sim.status(id);
        if (s == ComponentStatus.RUNNING) {
            add(out, FaultAction.HANG, id);
            add(out, FaultAction.ERROR, id);
        } else if (s == ComponentStatus.HUNG || s == ComponentStatus.ERRORING) {
            add(out, FaultAction.KILL, id);
        }
        if (c.role() == Role.DATABASE) {
            DatabaseNode n = sim.databases().node(id);
            if (n.role() == DbRole.REPLICA) {
                add(out, FaultAction.PROMOTE, id);
                add(out, FaultAction.PROMOTE_SAFE, id);
            }
            if (n != sim.databases().writer()) {
                add(out, FaultAction.RESEED, id);
            }
        }
        if (c.onHost()) {
            Fault host = new Fault(sim.hostDown(c.hostId()) ? FaultAction.REVIVE : FaultAction.KILL, c.hostId());
            if (!host.equals(main)) {
                out.add(new Choice(describe(host) + " (the whole host)", host));
            }
        }
        return out;
    }

    private static void add(List<Choice> out, FaultAction a, String id) {
        Fault f = new Fault(a, id);
        out.add(new Choice(describe(f), f));
    }
}
