package io.infraviz.ui;

import io.infraviz.sim.world.ServerHealth;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Explains, once per DOWN mark, why requests still fail at a server the load balancer has already
 * marked DOWN: they were sent to it before the mark. HAProxy only stops giving a DOWN server new
 * requests; one it has already dispatched stays there, and its retries go to the same server, so
 * they fail for as long as their timeouts and retries last. Without a word, it looks as if
 * marking the server DOWN did not work.
 */
final class InFlightNotes {
    /** When each server was marked DOWN (while it is DOWN). */
    private final Map<String, Long> downSince = new HashMap<>();
    private final Set<String> explained = new HashSet<>();

    void clear() {
        downSince.clear();
        explained.clear();
    }

    /** The explanation to log before this event, if it is the first such failure since the mark. */
    Optional<String> note(SimEvent event) {
        if (event instanceof SimEvent.HealthChanged hc) {
            if (hc.state() == ServerHealth.DOWN) {
                downSince.putIfAbsent(hc.server(), hc.timeUs());
            } else {
                downSince.remove(hc.server());
                explained.remove(hc.server());
            }
            return Optional.empty();
        }
        if (!(event instanceof SimEvent.RequestCompleted rc)) {
            return Optional.empty();
        }
        RequestResult r = rc.result();
        Long markedAt = downSince.get(r.backend());
        // Sent before the mark: the load balancer chose this server while it was still UP.
        if (r.outcome().succeeded() || markedAt == null || r.startUs() >= markedAt || !explained.add(r.backend())) {
            return Optional.empty();
        }
        String server = r.backend();
        return Optional.of("Requests still failing at " + server + " were already on their way to it before it was"
                + " marked DOWN: HAProxy sends no new requests to a DOWN server, but it does not move a request"
                + " it has already sent, and its retries go to the same server. They fail until their timeouts"
                + " and retries run out.");
    }
}
