package io.infraviz.sim.world;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Fault;

/** Something the simulation reports as it happens; each can describe itself in plain words. */
public sealed interface SimEvent {

    /** When it happened, in microseconds of simulated time. */
    long timeUs();

    /** One line for the event log, e.g. "web-02 marked DOWN after 3 failed checks". */
    String describe();

    /** A request ended for its client. */
    record RequestCompleted(RequestResult result) implements SimEvent {
        @Override
        public long timeUs() {
            return result.endUs();
        }

        @Override
        public String describe() {
            RequestResult r = result;
            String head = "request " + r.index() + " (" + r.kind().code() + ")";
            if (r.outcome().succeeded()) {
                return head + ": " + r.outcome().title() + " from " + r.backend() + " in " + SimTime.human(r.latencyUs());
            }
            return head + " failed at " + r.failedAt() + ": " + r.reason() + " (" + r.outcome().title() + ")";
        }
    }

    /** The load balancer marked a server UP or DOWN. */
    record HealthChanged(long timeUs, String server, ServerHealth state, String reason) implements SimEvent {
        @Override
        public String describe() {
            return server + " marked " + state + " " + reason;
        }
    }

    /** One health check ended. */
    record CheckCompleted(long timeUs, String server, boolean passed, String label, String detail)
            implements SimEvent {
        @Override
        public String describe() {
            return "health check of " + server + (passed ? " passed" : " failed: " + detail) + " (" + label + ")";
        }
    }

    /** A person or a script applied a fault or a repair. */
    record FaultApplied(long timeUs, Fault fault, String message) implements SimEvent {
        @Override
        public String describe() {
            return message;
        }
    }

    /** An action could not be applied now (for instance promoting a server that is not a Replica). */
    record FaultRefused(long timeUs, Fault fault, String why) implements SimEvent {
        @Override
        public String describe() {
            return "cannot " + fault.action().verb() + " " + fault.target() + ": " + why;
        }
    }

    /** A Replica became the Primary. */
    record Promoted(long timeUs, String database, long lostWrites, boolean safe) implements SimEvent {
        @Override
        public String describe() {
            return database + " promoted to Primary" + (safe ? " after applying its relay log" : "")
                    + "; " + lostWrites + " acknowledged write" + (lostWrites == 1 ? " was" : "s were") + " lost";
        }
    }

    /** A diverged database was rebuilt as a Replica of the Primary. */
    record Reseeded(long timeUs, String database, String primary, long discarded) implements SimEvent {
        @Override
        public String describe() {
            return database + " re-seeded from " + primary + " and replicating again; " + discarded
                    + " diverged write" + (discarded == 1 ? "" : "s") + " discarded";
        }
    }

    /** A Replica has applied everything its Primary committed. */
    record ReplicaCaughtUp(long timeUs, String database) implements SimEvent {
        @Override
        public String describe() {
            return database + " has caught up with the Primary";
        }
    }

    /** Someone on the Internet link read a request: in clear text without HTTPS, ciphertext with it. */
    record Eavesdropped(long timeUs, String text, boolean readable) implements SimEvent {
        @Override
        public String describe() {
            return readable ? "an eavesdropper on the Internet read: " + text
                    : "an eavesdropper on the Internet saw only ciphertext (HTTPS)";
        }
    }

    /** The attacker tried a port on a server. */
    record AttackTried(long timeUs, String host, int port, boolean blocked) implements SimEvent {
        @Override
        public String describe() {
            String what = port == 3306 ? "MySQL (3306)" : port == 22 ? "SSH (22)" : "port " + port;
            return blocked ? "attack on " + what + " of " + host + " dropped by its firewall"
                    : "an attacker reached " + what + " on " + host + " from the Internet";
        }
    }

    /** The monitoring service alerted people. */
    record Alert(long timeUs, String text) implements SimEvent {
        @Override
        public String describe() {
            return "ALERT: " + text;
        }
    }

    /** A virtual IP moved to the other load balancer of its pair. */
    record VipMoved(long timeUs, String vip, String from, String to) implements SimEvent {
        @Override
        public String describe() {
            return "the virtual IP " + vip + " moved from " + from + " to " + to;
        }
    }
}
