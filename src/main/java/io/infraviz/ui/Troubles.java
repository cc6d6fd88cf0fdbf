package io.infraviz.ui;

import io.infraviz.model.Component;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.lb.BackendServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong right now, in one line for the status bar: what is down, and what the load
 * balancer thinks. Overload can take every server out of the rotation while every part is
 * running, so "nothing is down" is not the same as "everything works".
 */
final class Troubles {
    static final String ALL_WELL = "Everything is running";

    private Troubles() {
    }

    /**
     * @param recentSuccess the share of requests answered well lately (0 to 1), or negative when
     *                      none were answered
     */
    static String of(SimulationView sim, double recentSuccess) {
        List<String> parts = new ArrayList<>();
        List<String> down = sim.whatIsDown();
        if (!down.isEmpty()) {
            parts.add("Down: " + String.join(", ", down));
        }
        String lb = balancerView(sim);
        if (lb != null) {
            parts.add(lb);
        }
        if (parts.isEmpty() && recentSuccess >= 0 && recentSuccess < 0.99) {
            parts.add(String.format(Locale.ROOT, "Every part is running, but %.0f %% of requests fail",
                    (1 - recentSuccess) * 100));
        }
        return parts.isEmpty() ? ALL_WELL : String.join("  ·  ", parts);
    }

    /** "lb-01 sees no healthy server: web-01 and web-02 DOWN", "lb-01: web-02 DOWN", or null when all are UP. */
    static String balancerView(SimulationView sim) {
        List<BackendServer> servers = sim.backendServers();
        List<String> out = new ArrayList<>();
        for (BackendServer s : servers) {
            if (!s.up()) {
                out.add(s.name());
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        String lb = hostOf(sim, sim.activeLoadBalancer());
        String names = join(out) + " DOWN";
        return out.size() == servers.size() ? lb + " sees no healthy server: " + names : lb + " marks " + names;
    }

    private static String hostOf(SimulationView sim, String componentId) {
        return sim.topology().component(componentId).map(Component::hostId).filter(h -> h != null).orElse(componentId);
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
