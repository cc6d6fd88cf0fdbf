package io.infraviz.diagram;

import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Role;
import io.infraviz.sim.world.ComponentStatus;

/**
 * What each cell says and which styles it wears for a {@link DiagramState}: a component's name,
 * role and status, a server's name and the load balancer's view of it, a link's purpose and
 * whether it is cut. Only words and style names; {@link Diagram} puts them on the cells and
 * {@link DiagramStyles} says what the styles look like.
 */
final class CellLooks {
    private CellLooks() {
    }

    /** A component's name line: its label's first line, "MySQL" for any database (its role has a line of its own). */
    static String baseLabel(Component c) {
        return c.role() == Role.DATABASE ? "MySQL" : c.label().split("\n")[0];
    }

    /** A component's styles in a state: its status, and a split brain's mark. */
    static String componentStyle(Component c, DiagramState s) {
        String style = componentStyle(c, s.components().get(c.id()));
        return s.splitBrain().containsKey(c.id()) ? style + ";splitBrain" : style;
    }

    /** A component's styles by status: its icon, crossed out when it is down. */
    static String componentStyle(Component c, ComponentStatus status) {
        String style = "component;" + IconShape.ICON + "=" + DiagramStyles.iconFor(c.role());
        return switch (status) {
            case KILLED, HOST_DOWN -> style + ";dead;" + IconShape.CROSSED + "=1";
            case HUNG, ERRORING -> style + ";warn";
            case RUNNING -> style;
        };
    }

    /** A component's words in a state: name, role and status, at most the lines that fit under its icon. */
    static String componentLabel(Component c, DiagramState s) {
        if (s.splitBrain().containsKey(c.id())) {
            // The full sentence is on the badge above; the box says it in words that fit.
            return "old Primary\nSPLIT BRAIN";
        }
        String base = baseLabel(c);
        String role = s.roles().get(c.id());
        if (role != null) {
            // Two lines fit under the icon: name and role, or (not running) role and status.
            base = s.components().get(c.id()) == ComponentStatus.RUNNING ? base + "\n" + shortRole(role) : shortRole(role);
        }
        String status = switch (s.components().get(c.id())) {
            case KILLED, HOST_DOWN -> "DOWN";
            case HUNG -> "HUNG";
            case ERRORING -> "ERRORS";
            case RUNNING -> null;
        };
        return status == null ? base : base + "\n" + status;
    }

    /** A database's role (or where a virtual IP lives) in a few words, so it fits its box. */
    private static String shortRole(String role) {
        return role.equals("HTTPS ends here") ? "TLS ends here" : role;
    }

    /** A server's title: its name, and whether it is down or what the load balancer's checks say of it. */
    static String hostLabel(Host h, DiagramState s) {
        if (Boolean.TRUE.equals(s.hostsDown().get(h.id()))) {
            return h.label() + "  —  HOST DOWN";
        }
        String health = s.health().get(h.id());
        return health == null ? h.label() : h.label() + "  —  LB: " + health;
    }

    /** A server's styles: down, or warned about by the load balancer's checks, else plain. */
    static String hostStyle(Host h, DiagramState s) {
        if (Boolean.TRUE.equals(s.hostsDown().get(h.id()))) {
            return "host;hostDown";
        }
        DiagramState.HealthKind kind = s.healthKind().get(h.id());
        if (kind == null || kind == DiagramState.HealthKind.UP) {
            return "host";
        }
        return kind == DiagramState.HealthKind.DOWN ? "host;hostDown" : "host;hostWarn";
    }

    /** A link's words; the Internet link names the protocol the security settings use now. */
    static String edgeLabel(Link l, LinkLook look, boolean https) {
        String base = switch (l.purpose()) {
            case REPLICATION -> "replication";
            case HTTP -> l.from().equals("users") ? (https ? "Internet (HTTPS)" : "Internet (HTTP)") : "";
            case DNS -> "DNS";
            default -> "";
        };
        String words = look.cut() ? "CUT" : look.words();
        if (words.isEmpty()) {
            return base;
        }
        return base.isEmpty() ? words : base + " · " + words;
    }

    /** A link's styles by purpose, and whether it is cut. */
    static String edgeStyle(Link l, LinkLook look) {
        String style = switch (l.purpose()) {
            case MONITORING -> "edge;monitoringLink";
            case REPLICATION -> "edge;replication";
            case DATABASE -> "edge;database";
            case HTTP -> l.from().equals("users") ? "edge;internet" : "edge";
            default -> "edge";
        };
        return look.cut() ? style + ";" + LinkLook.CUT_STYLE : style;
    }
}
