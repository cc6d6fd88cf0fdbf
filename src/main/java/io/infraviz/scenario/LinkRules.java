package io.infraviz.scenario;

import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which links the engine can run, the one owner of that rule: what a link between two roles
 * carries (inferred from the roles, so a person drawing a design never has to say it) and, for
 * every other pair, a short reason why there can be no such link. The topology file loader and
 * design mode both ask here.
 */
public final class LinkRules {
    /**
     * What a link between two parts would be.
     *
     * @param purpose  what it carries, or {@code null} when refused
     * @param reversed true when the second part is the one that opens connections (the link is
     *                 drawn the other way round)
     * @param refusal  why the engine cannot run it, or {@code null} when allowed
     */
    public record Verdict(LinkPurpose purpose, boolean reversed, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    /** caller role -> callee role -> purpose: every link the engine runs, in its natural direction. */
    private static final Map<Role, Map<Role, LinkPurpose>> CALLS = new EnumMap<>(Role.class);

    static {
        calls(Role.CLIENT, Role.DNS, LinkPurpose.DNS);
        calls(Role.CLIENT, Role.LOAD_BALANCER, LinkPurpose.HTTP);
        calls(Role.CLIENT, Role.WEB_SERVER, LinkPurpose.HTTP);
        calls(Role.CLIENT, Role.VIRTUAL_IP, LinkPurpose.HTTP);
        calls(Role.VIRTUAL_IP, Role.LOAD_BALANCER, LinkPurpose.HTTP);
        calls(Role.LOAD_BALANCER, Role.WEB_SERVER, LinkPurpose.HTTP);
        calls(Role.LOAD_BALANCER, Role.APP_SERVER, LinkPurpose.HTTP);
        calls(Role.WEB_SERVER, Role.APP_SERVER, LinkPurpose.HTTP);
        calls(Role.APP_SERVER, Role.APP_FILES, LinkPurpose.FILES);
        calls(Role.APP_SERVER, Role.DATABASE, LinkPurpose.DATABASE);
        // replication runs from the source (the Primary) to the Replica: the drawn direction says which
        calls(Role.DATABASE, Role.DATABASE, LinkPurpose.REPLICATION);
        calls(Role.MONITORING_AGENT, Role.MONITORING_SERVICE, LinkPurpose.MONITORING);
    }

    private static void calls(Role from, Role to, LinkPurpose purpose) {
        CALLS.computeIfAbsent(from, r -> new EnumMap<>(Role.class)).put(to, purpose);
    }

    private LinkRules() {
    }

    /** A link drawn from a part of role {@code a} to a part of role {@code b}. */
    public static Verdict between(Role a, Role b) {
        LinkPurpose forward = CALLS.getOrDefault(a, Map.of()).get(b);
        if (forward != null) {
            return new Verdict(forward, false, null);
        }
        LinkPurpose backward = CALLS.getOrDefault(b, Map.of()).get(a);
        if (backward != null) {
            return new Verdict(backward, true, null);
        }
        return new Verdict(null, false, refusal(a, b));
    }

    /**
     * What is wrong with a link a file states, or {@code null}: one the engine cannot run, one the
     * wrong way round, or one whose purpose is not what its two ends carry.
     */
    static String fileProblem(Role from, Role to, LinkPurpose purpose) {
        if (purpose == LinkPurpose.REPLICATION && (from != Role.DATABASE || to != Role.DATABASE)) {
            return "replication joins two databases, not " + TopologyChecks.word(from) + " and " + TopologyChecks.word(to);
        }
        Verdict v = between(from, to);
        if (!v.allowed()) {
            return v.refusal();
        }
        if (v.reversed()) {
            return "the link goes the other way: " + TopologyChecks.word(to) + " connects to " + TopologyChecks.word(from);
        }
        if (v.purpose() != purpose) {
            return "between " + TopologyChecks.word(from) + " and " + TopologyChecks.word(to) + " the link carries "
                    + TopologyChecks.word(v.purpose()) + ", not " + TopologyChecks.word(purpose);
        }
        return null;
    }

    /** The reason, said from the side that cannot take the link. */
    private static String refusal(Role a, Role b) {
        if (a == b && a != Role.DATABASE) {
            return "two " + plural(a) + " do not connect to each other";
        }
        for (Role r : new Role[] {a, b}) {
            Role other = r == a ? b : a;
            String reason = switch (r) {
                case FIREWALL -> "a firewall guards the host it is on and needs no links";
                case DNS -> "DNS only answers the users' look-ups";
                case APP_FILES -> "only the application server reads the app files";
                case DATABASE -> "only application servers (and other databases, for replication) use a database";
                case MONITORING_AGENT, MONITORING_SERVICE -> "monitoring agents report to the monitoring service only";
                case VIRTUAL_IP -> other == Role.CLIENT || other == Role.LOAD_BALANCER ? null
                        : "a virtual IP belongs to a pair of load balancers: link it to HAProxy";
                case CLIENT -> "the users reach the site through DNS and one entry point"
                        + " (a load balancer, a web server or a virtual IP)";
                default -> null;
            };
            if (reason != null) {
                return reason;
            }
        }
        // what is left are the request tiers in the wrong order
        return "requests flow load balancer, then web server, then application server: "
                + TopologyChecks.word(a) + " does not connect to " + TopologyChecks.word(b);
    }

    private static String plural(Role r) {
        String w = r.title().toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("s") ? w : w + "s";
    }
}
