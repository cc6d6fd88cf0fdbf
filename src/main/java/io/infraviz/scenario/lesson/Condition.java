package io.infraviz.scenario.lesson;

import io.infraviz.model.Topology;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.lb.BackendServer;
import io.infraviz.sim.world.ComponentStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition a lesson waits for or expects, written in plain words:
 * <ul>
 *   <li>{@code all|most|some|no requests|reads|writes fail|succeed} (counted over the requests sent
 *       since the step began;
 *       "most" is 80 % or more, and every form but "no" needs at least one such request),
 *       {@code some reads are stale}, {@code no reads are stale}</li>
 *   <li>{@code web-02 is DOWN} / {@code web-02 is UP} (the load balancer's verdict on a server)</li>
 *   <li>{@code web-02 gets all|most|about half|some|none of the requests}, {@code web-01 gets no requests}
 *       (the server the load balancer chose, over the requests sent since the step began; "about
 *       half" is 40 to 60 %, so a round-robin split is asserted, not only charted)</li>
 *   <li>{@code web-01.mysql is down} / {@code ... is running} (a component, host or link; "cut" for a link)</li>
 *   <li>{@code writes are lost}, {@code an alert is raised}, {@code no alert is raised},
 *       {@code attacks get in}, {@code attacks are blocked}, {@code the eavesdropper reads clear text},
 *       {@code the eavesdropper sees only ciphertext}, {@code the virtual IP is on lb-02},
 *       {@code web-02.mysql has caught up}</li>
 *   <li>the databases' own, in {@link DbConditions}: read-backs, MySQL errors, Seconds_Behind_Master</li>
 * </ul>
 */
public record Condition(String text, Predicate<StepObserver> test) {
    private static final Pattern COUNT = Pattern.compile("(all|most|some|no) (requests|reads|writes) (fail|succeed)");
    private static final Pattern STALE = Pattern.compile("(some|no) reads are stale");
    private static final Pattern IS = Pattern.compile("(\\S+) is (DOWN|UP|down|running|cut)");
    private static final Pattern SHARE = Pattern.compile("(\\S+) gets (?:(all|most|about half|some|none) of the|(no)) requests");
    private static final Pattern VIP = Pattern.compile("the virtual IP is on (\\S+)");
    private static final Pattern CAUGHT_UP = Pattern.compile("(\\S+) has caught up");
    /** The conditions that are a fixed phrase, taken in any letter case. */
    private static final Map<String, Predicate<StepObserver>> PHRASES = phrases();

    private static Map<String, Predicate<StepObserver>> phrases() {
        Map<String, Predicate<StepObserver>> m = new LinkedHashMap<>();
        m.put("writes are lost", o -> o.lostWrites() > 0);
        m.put("an alert is raised", o -> o.alerts > 0);
        m.put("no alert is raised", o -> o.alerts == 0);
        m.put("attacks get in", o -> o.attacksIn() > 0);
        m.put("attacks are blocked", o -> o.attacksBlocked() > 0 && o.attacksIn() == 0);
        m.put("the eavesdropper reads clear text", o -> o.plaintext() > 0);
        m.put("the eavesdropper sees only ciphertext", o -> o.ciphertext() > 0 && o.plaintext() == 0);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Every form a condition can take, as one regular expression that both Java and JavaScript
     * read (ids as {@code \S+}, the phrases in lower case): docs/lesson.schema.json gives it to
     * editors. It says nothing of ids; {@link #parse} checks them against the stage.
     */
    public static String grammar() {
        List<String> forms = new ArrayList<>();
        for (Pattern p : List.of(COUNT, STALE, IS, SHARE, VIP, CAUGHT_UP)) {
            forms.add(p.pattern());
        }
        PHRASES.keySet().forEach(phrase -> forms.add(literal(phrase)));
        DbConditions.patterns().forEach(p -> forms.add(p.pattern()));
        DbConditions.phrases().forEach(phrase -> forms.add(literal(phrase)));
        return "^\\s*(" + String.join("|", forms) + ")\\s*$";
    }

    /** A fixed phrase as a pattern: whatever is not a letter or a space escaped. */
    private static String literal(String phrase) {
        return phrase.replaceAll("[^a-z ]", "\\\\$0");
    }

    public boolean holds(StepObserver o) {
        return test.test(o);
    }

    /**
     * Parses a condition, checking the ids it names against the topology.
     *
     * @throws IllegalArgumentException naming what is not understood
     */
    public static Condition parse(String text, Topology t) {
        String s = text == null ? "" : text.trim();
        Matcher m = COUNT.matcher(s);
        if (m.matches()) {
            String quant = m.group(1);
            String kind = m.group(2);
            boolean fail = m.group(3).equals("fail");
            return new Condition(s, o -> quantified(quant, wanted(o, kind, fail), total(o, kind)));
        }
        m = STALE.matcher(s);
        if (m.matches()) {
            boolean some = m.group(1).equals("some");
            return new Condition(s, o -> some ? o.readsStale > 0 : o.readsStale == 0);
        }
        m = IS.matcher(s);
        if (m.matches()) {
            String id = m.group(1);
            String state = m.group(2);
            if (state.equals("DOWN") || state.equals("UP")) {
                requireServer(s, id, t);
                return new Condition(s, o -> serverState(o.sim(), id).equals(state));
            }
            if (!t.knows(id)) {
                throw new IllegalArgumentException("'" + s + "': unknown component, host or link '" + id + "'");
            }
            return new Condition(s, o -> isDown(o.sim(), id) == !state.equals("running"));
        }
        m = SHARE.matcher(s);
        if (m.matches()) {
            String server = requireServer(s, m.group(1), t);
            String quant = m.group(3) != null ? "none" : m.group(2);
            return new Condition(s, o -> share(quant, o.sentTo(server), total(o, "requests")));
        }
        m = VIP.matcher(s);
        if (m.matches()) {
            String lb = m.group(1);
            return new Condition(s, o -> {
                String active = o.sim().activeLoadBalancer();
                return active != null && (active.equals(lb) || active.startsWith(lb + "."));
            });
        }
        m = CAUGHT_UP.matcher(s);
        if (m.matches()) {
            String db = m.group(1);
            if (t.component(db).isEmpty()) {
                throw new IllegalArgumentException("'" + s + "': unknown database '" + db + "'");
            }
            return new Condition(s, o -> {
                var n = o.sim().databases().node(db);
                return n != null && n.source() != null && o.sim().databases().behind(n) == 0;
            });
        }
        Condition db = DbConditions.parse(s, t);
        if (db != null) {
            return db;
        }
        Predicate<StepObserver> phrase = PHRASES.get(s.toLowerCase(Locale.ROOT));
        if (phrase == null) {
            throw new IllegalArgumentException("'" + s + "' is not a condition I understand (see docs/scenarios.md)");
        }
        return new Condition(s, phrase);
    }

    private static long wanted(StepObserver o, String kind, boolean fail) {
        return switch (kind) {
            case "reads" -> fail ? o.readsFailed : o.readsOk;
            case "writes" -> fail ? o.writesFailed : o.writesOk;
            default -> fail ? o.readsFailed + o.writesFailed : o.readsOk + o.writesOk;
        };
    }

    private static long total(StepObserver o, String kind) {
        return switch (kind) {
            case "reads" -> o.readsOk + o.readsFailed;
            case "writes" -> o.writesOk + o.writesFailed;
            default -> o.readsOk + o.readsFailed + o.writesOk + o.writesFailed;
        };
    }

    private static String requireServer(String condition, String id, Topology t) {
        if (t.backends().stream().noneMatch(b -> b.name().equals(id))) {
            throw new IllegalArgumentException("'" + condition + "': '" + id + "' is not a server of the load balancer");
        }
        return id;
    }

    private static boolean share(String quant, long n, long total) {
        return switch (quant) {
            case "about half" -> total > 0 && n >= 0.4 * total && n <= 0.6 * total;
            case "none" -> n == 0;
            default -> quantified(quant, n, total);
        };
    }

    private static boolean quantified(String quant, long n, long total) {
        return switch (quant) {
            case "all" -> total > 0 && n == total;
            case "most" -> total > 0 && n >= 0.8 * total;
            case "some" -> n > 0;
            default -> n == 0;
        };
    }

    private static String serverState(SimulationView sim, String name) {
        for (BackendServer s : sim.backendServers()) {
            if (s.name().equals(name)) {
                return s.state().name();
            }
        }
        return "?";
    }

    private static boolean isDown(SimulationView sim, String id) {
        if (sim.topology().link(id).isPresent()) {
            return sim.linkCut(id);
        }
        if (sim.topology().host(id).isPresent()) {
            return sim.hostDown(id);
        }
        return sim.status(id) != ComponentStatus.RUNNING;
    }
}
