package io.infraviz.diagram;

import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything goes, read left to right as the lesson tells it: the users with DNS above them,
 * the Internet link, the load balancer, then the servers stacked (web-01 above web-02), each
 * reading Nginx, application server, app files, with MySQL at the right edge so the replication
 * link runs straight down from the Primary to the Replica.
 */
public final class DiagramLayout {
    /** A rectangle in diagram units; for components on a host, relative to the host's box. */
    public record Box(double x, double y, double w, double h) {
        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    static final double COMPONENT_W = 136;
    static final double COMPONENT_H = 84;
    static final double GAP = 30;
    static final double PAD = 16;
    static final double TITLE = 30;
    static final double HOST_GAP = 90;
    static final double LEFT = 30;
    static final double TOP = 30;

    private final Map<String, Box> hosts = new LinkedHashMap<>();
    private final Map<String, Box> components = new LinkedHashMap<>();

    /** Which column a server goes in: servers with everything together, or one tier each. */
    private enum Tier { FRONT, MIXED, WEB, APP, DB }

    public DiagramLayout(Topology t) {
        Map<Tier, List<Host>> columns = new java.util.EnumMap<>(Tier.class);
        for (Host h : t.hosts()) {
            columns.computeIfAbsent(tierOf(h, t), k -> new ArrayList<>()).add(h);
        }
        double hostH = TITLE + PAD + COMPONENT_H + PAD;
        int tallest = 1;
        for (Map.Entry<Tier, List<Host>> e : columns.entrySet()) {
            if (e.getKey() != Tier.FRONT) {
                tallest = Math.max(tallest, e.getValue().size());
            }
        }
        double backTop = TOP + 110;
        double middle = backTop + (tallest * hostH + (tallest - 1) * HOST_GAP) / 2;

        // The Internet column: DNS on top, users level with the middle of the servers, the
        // monitoring service at the bottom.
        double internetX = LEFT;
        for (Component c : t.components()) {
            if (c.onHost() || c.role() == Role.VIRTUAL_IP) {
                continue;
            }
            double y = switch (c.role()) {
                case DNS -> TOP;
                case MONITORING_SERVICE -> backTop + tallest * hostH + (tallest - 1) * HOST_GAP + 50;
                default -> middle - COMPONENT_H / 2;
            };
            components.put(c.id(), new Box(internetX, y, COMPONENT_W, COMPONENT_H));
        }
        double x = internetX + COMPONENT_W + 110;
        List<Component> vips = t.componentsWithRole(Role.VIRTUAL_IP).stream().filter(c -> !c.onHost()).toList();
        if (!vips.isEmpty()) {
            for (Component v : vips) {
                components.put(v.id(), new Box(x, middle - COMPONENT_H / 2, COMPONENT_W, COMPONENT_H));
            }
            x += COMPONENT_W + 90;
        }
        for (Tier tier : Tier.values()) {
            List<Host> column = columns.get(tier);
            if (column == null) {
                continue;
            }
            double gap = tier == Tier.FRONT ? 40 : HOST_GAP;
            double height = column.size() * hostH + (column.size() - 1) * gap;
            double y = tier == Tier.FRONT || column.size() < tallest ? middle - height / 2 : backTop;
            double widest = 0;
            for (Host h : column) {
                widest = Math.max(widest, placeHost(h, x, y, t).w());
                y += hostH + gap;
            }
            x += widest + 110;
        }
    }

    private static Tier tierOf(Host h, Topology t) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (String id : h.componentIds()) {
            Role r = t.component(id).orElseThrow().role();
            if (r != Role.FIREWALL && r != Role.MONITORING_AGENT) {
                roles.add(r);
            }
        }
        if (roles.isEmpty() || roles.stream().allMatch(r -> r == Role.LOAD_BALANCER || r == Role.VIRTUAL_IP)) {
            return Tier.FRONT;
        }
        if (roles.equals(java.util.EnumSet.of(Role.WEB_SERVER))) {
            return Tier.WEB;
        }
        if (roles.stream().allMatch(r -> r == Role.APP_SERVER || r == Role.APP_FILES)) {
            return Tier.APP;
        }
        if (roles.equals(java.util.EnumSet.of(Role.DATABASE))) {
            return Tier.DB;
        }
        return Tier.MIXED;
    }

    private Box placeHost(Host h, double x, double y, Topology t) {
        List<String> ordered = new ArrayList<>(h.componentIds());
        // MySQL at the right edge.
        ordered.sort((a, b) -> Boolean.compare(isDatabase(t, a), isDatabase(t, b)));
        double cx = PAD;
        for (String id : ordered) {
            components.put(id, new Box(cx, TITLE + PAD, COMPONENT_W, COMPONENT_H));
            cx += COMPONENT_W + GAP;
        }
        double w = Math.max(cx - GAP + PAD, 200);
        Box box = new Box(x, y, w, TITLE + PAD + COMPONENT_H + PAD);
        hosts.put(h.id(), box);
        return box;
    }

    private static boolean isDatabase(Topology t, String id) {
        return t.component(id).map(c -> c.role() == Role.DATABASE).orElse(false);
    }

    public Map<String, Box> hosts() {
        return hosts;
    }

    /** Component boxes: relative to their host for components on a host, absolute otherwise. */
    public Map<String, Box> components() {
        return components;
    }
}
