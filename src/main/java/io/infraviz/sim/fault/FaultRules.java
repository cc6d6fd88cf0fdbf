package io.infraviz.sim.fault;

import io.infraviz.model.Component;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the fault actions, in one place: which kind of part an action applies to (known
 * from the topology alone, so a file is checked without building a run), whether the menu offers
 * it on a part now, why a run refuses it now, and what a plain click on a part does.
 */
public final class FaultRules {
    /** A click does the first of these that is offered on the part, else on the part's host. */
    private static final List<FaultAction> CLICK = List.of(FaultAction.REVIVE, FaultAction.HEAL, FaultAction.CUT,
            FaultAction.KILL);

    private FaultRules() {
    }

    /**
     * Checks that a fault names a part of the topology and that its action applies to that kind of part.
     *
     * @throws IllegalArgumentException naming the action, the target and what is wrong
     */
    public static void check(Topology topology, Fault f) {
        String id = f.target();
        if (!topology.knows(id)) {
            List<String> known = new ArrayList<>();
            topology.hosts().forEach(h -> known.add(h.id()));
            topology.components().forEach(c -> known.add(c.id()));
            throw new IllegalArgumentException("unknown component, host or link '" + id + "' in " + f
                    + " (known: " + String.join(", ", known) + ")");
        }
        if (!fits(topology, f)) {
            String kind = topology.component(id).isPresent() ? "component" : topology.host(id).isPresent() ? "host" : "link";
            throw new IllegalArgumentException("cannot " + f.action().code() + " '" + id + "': it is a " + kind
                    + ", and " + f.action().code() + " applies to " + f.action().target().words());
        }
    }

    /** True when the fault names a part of the topology of the kind its action applies to. */
    static boolean fits(Topology topology, Fault f) {
        String id = f.target();
        Component c = topology.component(id).orElse(null);
        boolean host = topology.host(id).isPresent();
        boolean link = topology.link(id).isPresent();
        return switch (f.action().target()) {
            case COMPONENT -> c != null;
            case COMPONENT_OR_HOST -> c != null || host;
            case COMPONENT_OR_LINK -> c != null || link;
            case LINK -> link;
            case DATABASE -> c != null && c.role() == Role.DATABASE;
        };
    }

    /**
     * Why the run refuses a fault now (e.g. "it is already down"), or empty when it applies. The
     * fault must pass {@link #check}.
     */
    public static Optional<String> refusal(FaultTargets now, Fault f) {
        return Optional.ofNullable(judge(now, f).refusal());
    }

    /**
     * What a plain click on a part does: revive what is down (a part of a dead host revives the
     * host), heal what misbehaves or is cut, else kill or cut it.
     *
     * @throws IllegalArgumentException when the topology has no such part
     */
    public static Fault click(FaultTargets now, String id) {
        Topology t = now.topology();
        if (!t.knows(id)) {
            throw new IllegalArgumentException("unknown component, host or link '" + id + "'");
        }
        return firstClick(now, id).or(() -> t.component(id).map(Component::hostId).flatMap(h -> firstClick(now, h)))
                .orElseThrow(() -> new IllegalStateException("no click action for '" + id + "'"));
    }

    private static Optional<Fault> firstClick(FaultTargets now, String id) {
        return CLICK.stream().map(a -> new Fault(a, id)).filter(f -> offered(now, f)).findFirst();
    }

    /** Every fault offered on a part now: the click's first, then the part's own, then its host's. */
    public static List<Fault> offered(FaultTargets now, String id) {
        List<Fault> out = new ArrayList<>(List.of(click(now, id)));
        addOffered(out, now, id);
        now.topology().component(id).filter(Component::onHost).ifPresent(c -> addOffered(out, now, c.hostId()));
        return out;
    }

    private static void addOffered(List<Fault> out, FaultTargets now, String id) {
        for (FaultAction a : FaultAction.values()) {
            Fault f = new Fault(a, id);
            if (!out.contains(f) && offered(now, f)) {
                out.add(f);
            }
        }
    }

    private static boolean offered(FaultTargets now, Fault f) {
        return fits(now.topology(), f) && judge(now, f).offered();
    }

    /**
     * The one rule of each action, on a part it fits: is it offered now, and why would the run
     * refuse it. On a part of a dead host the menu offers the host's revival, not the part's own
     * kill or revive (the run still applies them).
     */
    private static Verdict judge(FaultTargets now, Fault f) {
        String id = f.target();
        boolean host = now.topology().host(id).isPresent();
        return switch (f.action()) {
            case KILL -> host ? (now.hostDown(id) ? Verdict.refused("the host is already down") : Verdict.OFFERED)
                    : now.killed(id) ? Verdict.refused("it is already down") : Verdict.offeredIf(!onDeadHost(now, id));
            case REVIVE -> host ? (now.hostDown(id) ? Verdict.OFFERED : Verdict.refused("the host is not down"))
                    : now.killed(id) ? Verdict.offeredIf(!onDeadHost(now, id)) : Verdict.refused("it is not down");
            case HANG, ERROR -> Verdict.offeredIf(alive(now, id) && !misbehaving(now, id));
            case HEAL -> now.topology().link(id).isPresent() ? Verdict.offeredIf(now.linkCut(id))
                    : Verdict.offeredIf(alive(now, id) && misbehaving(now, id));
            case CUT -> Verdict.offeredIf(!now.linkCut(id));
            // Offered on any Replica: a refusal ("it is not running") teaches as much as a promotion.
            case PROMOTE, PROMOTE_SAFE -> !now.replica(id) ? Verdict.refused("it is not a Replica")
                    : now.promoting(id) ? Verdict.offeredButRefused("its promotion is already under way")
                    : running(now, id) ? Verdict.OFFERED : Verdict.offeredButRefused("it is not running");
            case RESEED -> id.equals(now.writerDatabase()) ? Verdict.refused("it is the Primary")
                    : running(now, id) && running(now, now.writerDatabase()) ? Verdict.OFFERED
                    : Verdict.offeredButRefused("both it and the Primary must be running");
            // Offered wherever the writes do not go yet: pointing them at a Replica or an old Primary is the lesson.
            case POINT_WRITES -> id.equals(now.writesGoTo()) ? Verdict.refused("the app's writes already go there")
                    : Verdict.OFFERED;
        };
    }

    private static boolean onDeadHost(FaultTargets now, String componentId) {
        String host = now.topology().component(componentId).orElseThrow().hostId();
        return host != null && now.hostDown(host);
    }

    /** Its process is there: not killed, its host up (it may still hang or answer errors). */
    private static boolean alive(FaultTargets now, String componentId) {
        return !now.killed(componentId) && !onDeadHost(now, componentId);
    }

    private static boolean misbehaving(FaultTargets now, String componentId) {
        return now.hung(componentId) || now.erroring(componentId);
    }

    /** Runs and answers (errors included), as a database must to be promoted or re-seeded. */
    private static boolean running(FaultTargets now, String componentId) {
        return alive(now, componentId) && !now.hung(componentId);
    }

    /**
     * @param offered whether the menu offers the fault now
     * @param refusal why the run would refuse it now, or null when it applies
     */
    private record Verdict(boolean offered, String refusal) {
        static final Verdict OFFERED = new Verdict(true, null);

        /** The run applies it either way; the menu offers it only when it changes something. */
        static Verdict offeredIf(boolean offered) {
            return new Verdict(offered, null);
        }

        static Verdict refused(String why) {
            return new Verdict(false, why);
        }

        static Verdict offeredButRefused(String why) {
            return new Verdict(true, why);
        }
    }
}
