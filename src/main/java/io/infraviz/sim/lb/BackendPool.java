package io.infraviz.sim.lb;

import io.infraviz.model.Algorithm;

import java.util.ArrayList;
import java.util.List;

/**
 * The load balancer's choice of a server for each request, as HAProxy makes it: only servers that
 * are UP (including those that failed fewer than {@code fall} checks) take traffic; backup servers
 * only while no active server is UP, and then only the first one unless {@code allbackups}.
 *
 * <p>Round robin after a revival, as measured on HAProxy 2.6 (src/compare/haproxy): when a
 * server comes back UP, the server that stayed up still takes the next request, then the two
 * alternate again ("01 | 01 02 01 02" when web-02 returns, "02 | 02 01 02 01" when web-01 does).
 */
public final class BackendPool {
    private final List<BackendServer> servers;
    private Algorithm algorithm;
    private boolean allBackups;
    private int cursor = -1;
    private long picks;

    public BackendPool(List<BackendServer> servers, Algorithm algorithm, boolean allBackups) {
        this.servers = List.copyOf(servers);
        this.algorithm = algorithm;
        this.allBackups = allBackups;
    }

    public List<BackendServer> servers() {
        return servers;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public void configure(Algorithm newAlgorithm, boolean newAllBackups) {
        this.algorithm = newAlgorithm;
        this.allBackups = newAllBackups;
    }

    /** A server was marked UP again: it joins the rotation after the next pick. */
    public void serverCameUp(BackendServer server) {
        server.joinsAtPick = picks + 1;
    }

    /** Active (non-backup) servers that are UP: HAProxy's {@code srv_act}. */
    public int activeUp() {
        int n = 0;
        for (BackendServer s : servers) {
            if (s.up() && !s.backup()) {
                n++;
            }
        }
        return n;
    }

    /** Servers that may take a new request now, in configuration order. */
    public List<BackendServer> eligible() {
        List<BackendServer> active = new ArrayList<>(servers.size());
        for (BackendServer s : servers) {
            if (s.up() && !s.backup()) {
                active.add(s);
            }
        }
        if (!active.isEmpty()) {
            return active;
        }
        List<BackendServer> backups = new ArrayList<>(1);
        for (BackendServer s : servers) {
            if (s.up() && s.backup()) {
                backups.add(s);
                if (!allBackups) {
                    break;
                }
            }
        }
        return backups;
    }

    /**
     * Picks a server for a request.
     *
     * @param sourceHash a hash of the client's IP (used by {@code source})
     * @param avoid      a server to avoid if any other is eligible (redispatch), or null; a
     *                   {@code source} hash ignores it (HAProxy's map-based hash has no way to
     *                   skip a server: the client's hash leads to the same server while it is UP)
     * @return the server, or null when none is eligible (HAProxy answers 503)
     */
    public BackendServer pick(int sourceHash, BackendServer avoid) {
        List<BackendServer> candidates = eligible();
        BackendServer skipped = null;
        if (avoid != null && candidates.size() > 1 && algorithm != Algorithm.SOURCE && candidates.remove(avoid)) {
            skipped = avoid;
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() > 1 && (algorithm == Algorithm.ROUND_ROBIN || algorithm == Algorithm.WEIGHTED)) {
            // Servers that just came back wait one turn, unless every candidate just came back.
            int waiting = 0;
            for (BackendServer s : candidates) {
                waiting += s.joinsAtPick > picks ? 1 : 0;
            }
            if (waiting > 0 && waiting < candidates.size()) {
                candidates.removeIf(s -> s.joinsAtPick > picks);
            }
        }
        picks++;
        BackendServer chosen = switch (algorithm) {
            case ROUND_ROBIN -> nextInRotation(candidates);
            case WEIGHTED -> skipped == null ? smoothWeighted(candidates) : weightedSkipping(candidates, skipped);
            case LEAST_CONNECTIONS -> leastConnections(candidates);
            case SOURCE -> candidates.get(Math.floorMod(sourceHash, candidates.size()));
        };
        cursor = chosen.index();
        return chosen;
    }

    /** The first candidate after the last chosen server, going round the configuration order. */
    private BackendServer nextInRotation(List<BackendServer> candidates) {
        BackendServer best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (BackendServer s : candidates) {
            int distance = Math.floorMod(s.index() - cursor - 1, servers.size());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = s;
            }
        }
        return best;
    }

    /** Smooth weighted round robin: each server gets its share, spread out rather than in runs. */
    private BackendServer smoothWeighted(List<BackendServer> candidates) {
        int total = 0;
        BackendServer best = null;
        for (BackendServer s : candidates) {
            s.currentWeight += s.weight();
            total += s.weight();
            if (best == null || s.currentWeight > best.currentWeight) {
                best = s;
            }
        }
        best.currentWeight -= total;
        return best;
    }

    /**
     * A weighted turn that must not land on {@code skipped}: if it was that server's turn, the turn
     * is spent (HAProxy's lb_fwrr.c moves an avoided server on as if it had been used) and the next
     * goes to another. So with equal weights a redispatch leaves the rotation as round robin does.
     */
    private BackendServer weightedSkipping(List<BackendServer> others, BackendServer skipped) {
        List<BackendServer> all = new ArrayList<>(others);
        all.add(skipped);
        BackendServer first = smoothWeighted(all);
        return first != skipped ? first : smoothWeighted(others);
    }

    /** Fewest open connections; among equals, the next in rotation (as HAProxy's leastconn does). */
    private BackendServer leastConnections(List<BackendServer> candidates) {
        int min = Integer.MAX_VALUE;
        for (BackendServer s : candidates) {
            min = Math.min(min, s.connections());
        }
        List<BackendServer> least = new ArrayList<>(candidates.size());
        for (BackendServer s : candidates) {
            if (s.connections() == min) {
                least.add(s);
            }
        }
        return nextInRotation(least);
    }
}
