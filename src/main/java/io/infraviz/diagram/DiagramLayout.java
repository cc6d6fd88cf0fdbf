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

    public DiagramLayout(Topology t) {
        List<Host> front = new ArrayList<>();
        List<Host> back = new ArrayList<>();
        for (Host h : t.hosts()) {
            boolean isFront = h.componentIds().stream().map(id -> t.component(id).orElseThrow().role())
                    .allMatch(r -> r == Role.LOAD_BALANCER || r == Role.VIRTUAL_IP || r == Role.FIREWALL);
            (isFront ? front : back).add(h);
        }
        double hostH = TITLE + PAD + COMPONENT_H + PAD;
        double backTop = TOP + 110;
        double backHeight = back.size() * hostH + Math.max(0, back.size() - 1) * HOST_GAP;
        double middle = backTop + (back.isEmpty() ? hostH : backHeight) / 2;

        // The Internet column: DNS on top, users level with the middle of the servers.
        double internetX = LEFT;
        for (Component c : t.components()) {
            if (c.onHost()) {
                continue;
            }
            if (c.role() == Role.DNS) {
                components.put(c.id(), new Box(internetX, TOP, COMPONENT_W, COMPONENT_H));
            } else {
                components.put(c.id(), new Box(internetX, middle - COMPONENT_H / 2, COMPONENT_W, COMPONENT_H));
            }
        }
        double x = internetX + COMPONENT_W + 110;
        if (!front.isEmpty()) {
            double frontHeight = front.size() * hostH + (front.size() - 1) * 40;
            double y = middle - frontHeight / 2;
            double widest = 0;
            for (Host h : front) {
                Box b = placeHost(h, x, y, t);
                widest = Math.max(widest, b.w());
                y += hostH + 40;
            }
            x += widest + 110;
        }
        double y = backTop;
        for (Host h : back) {
            placeHost(h, x, y, t);
            y += hostH + HOST_GAP;
        }
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
