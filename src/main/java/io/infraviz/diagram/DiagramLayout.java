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

    // Sized so that every stage fits a 1920x1080 window with its side panels at a scale where the
    // 13-unit labels are at least 11 px: boxes just wide enough for their longest label
    // ("TLS ends here"), narrower boxes for the firewall and the agent, and gaps that leave room
    // for the links' labels but no more.
    static final double COMPONENT_W = 116;
    static final double AUX_W = 84;
    static final double COMPONENT_H = 90;
    static final double GAP = 14;
    static final double PAD = 12;
    /** The height of a server box's title strip (its name and the load balancer's view of it). */
    public static final double TITLE = 28;
    static final double HOST_GAP = 70;
    static final double HOST_MIN_W = 200;
    /** After the Internet column: room for the "Internet (HTTPS)" label. */
    static final double INTERNET_GAP = 150;
    static final double COLUMN_GAP = 64;
    static final double LEFT = 20;
    static final double TOP = 20;

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
        double backTop = TOP + COMPONENT_H + 40;
        double backHeight = tallest * hostH + (tallest - 1) * HOST_GAP;
        double middle = backTop + backHeight / 2;

        // The Internet column: DNS on top, users level with the middle of the servers, the
        // monitoring service at the bottom.
        double internetX = LEFT;
        for (Component c : t.components()) {
            if (c.onHost() || c.role() == Role.VIRTUAL_IP) {
                continue;
            }
            double y = switch (c.role()) {
                case DNS -> TOP;
                case MONITORING_SERVICE -> backTop + backHeight + 40;
                default -> middle - COMPONENT_H / 2;
            };
            components.put(c.id(), new Box(internetX, y, COMPONENT_W, COMPONENT_H));
        }
        double x = internetX + COMPONENT_W + INTERNET_GAP;
        List<Component> vips = t.componentsWithRole(Role.VIRTUAL_IP).stream().filter(c -> !c.onHost()).toList();
        List<Host> front = columns.getOrDefault(Tier.FRONT, List.of());
        if (!vips.isEmpty() && front.size() < 2) {
            // A virtual IP without a pair of load balancers to sit between: a column of its own.
            for (Component v : vips) {
                components.put(v.id(), new Box(x, middle - COMPONENT_H / 2, COMPONENT_W, COMPONENT_H));
            }
            x += COMPONENT_W + COLUMN_GAP;
            vips = List.of();
        }
        for (Tier tier : Tier.values()) {
            List<Host> column = columns.get(tier);
            if (column == null) {
                continue;
            }
            x += tier == Tier.FRONT ? placeFront(column, vips, x, middle, hostH, t) : placeColumn(column, x,
                    column.size() < tallest ? middle - (column.size() * hostH + (column.size() - 1) * HOST_GAP) / 2
                            : backTop, hostH, t);
            x += COLUMN_GAP;
        }
        // where a person placed a host or an Internet part (design mode) wins over the tiers
        t.positions().forEach((id, p) -> {
            Map<String, Box> boxes = hosts.containsKey(id) ? hosts : components;
            Box b = boxes.get(id);
            if (b != null) {
                boxes.put(id, new Box(p.x(), p.y(), b.w(), b.h()));
            }
        });
    }

    /** A column of servers from {@code top} down; returns its width. */
    private double placeColumn(List<Host> column, double x, double top, double hostH, Topology t) {
        double y = top;
        double widest = 0;
        for (Host h : column) {
            widest = Math.max(widest, placeHost(h, x, y, t).w());
            y += hostH + HOST_GAP;
        }
        return widest;
    }

    /**
     * The load balancers, centred on the servers' middle; a pair shares its virtual IP, drawn
     * between the two so the address visibly belongs to both (and takes no column of its own).
     */
    private double placeFront(List<Host> column, List<Component> vips, double x, double middle, double hostH,
                              Topology t) {
        double gap = 40;
        int half = vips.isEmpty() ? column.size() : (column.size() + 1) / 2;
        double height = column.size() * hostH + (column.size() - 1) * gap + vips.size() * (COMPONENT_H + gap);
        double y = middle - height / 2;
        double widest = 0;
        List<Box> placed = new ArrayList<>();
        for (int i = 0; i < column.size(); i++) {
            if (i == half) {
                for (Component v : vips) {
                    placed.add(new Box(x, y, COMPONENT_W, COMPONENT_H));
                    components.put(v.id(), placed.get(placed.size() - 1));
                    y += COMPONENT_H + gap;
                }
            }
            widest = Math.max(widest, placeHost(column.get(i), x, y, t).w());
            y += hostH + gap;
        }
        for (Component v : vips) {
            Box b = components.get(v.id());
            components.put(v.id(), new Box(x + (widest - COMPONENT_W) / 2, b.y(), b.w(), b.h()));
        }
        return Math.max(widest, vips.isEmpty() ? 0 : COMPONENT_W);
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
            double w = isAuxiliary(t, id) ? AUX_W : COMPONENT_W;
            components.put(id, new Box(cx, TITLE + PAD, w, COMPONENT_H));
            cx += w + GAP;
        }
        double w = Math.max(cx - GAP + PAD, HOST_MIN_W);
        Box box = new Box(x, y, w, TITLE + PAD + COMPONENT_H + PAD);
        hosts.put(h.id(), box);
        return box;
    }

    /** The firewall and the monitoring agent: short labels, narrower boxes. */
    private static boolean isAuxiliary(Topology t, String id) {
        return t.component(id).map(c -> c.role() == Role.FIREWALL || c.role() == Role.MONITORING_AGENT).orElse(false);
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
