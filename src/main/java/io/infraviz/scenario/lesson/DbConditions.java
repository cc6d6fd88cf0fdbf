package io.infraviz.scenario.lesson;

import io.infraviz.model.Role;
import io.infraviz.model.Topology;
import io.infraviz.sim.db.DatabaseNode;
import io.infraviz.sim.db.IoThreadState;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions about the databases a lesson can wait for or expect.
 * <ul>
 *   <li>{@code some|no writes miss their own write} (a write's page read back data without it)</li>
 *   <li>{@code some|no writes fail with error 1290} (any MySQL error number)</li>
 *   <li>{@code web-02.mysql reports 0 s behind} (Seconds_Behind_Master, now),
 *       {@code web-02.mysql reports an unknown lag} (NULL), {@code web-02.mysql is connecting}
 *       (its I/O thread)</li>
 *   <li>{@code errant writes are accepted}, {@code split-brain writes are accepted}</li>
 * </ul>
 */
final class DbConditions {
    private static final Pattern OWN_WRITE = Pattern.compile("(some|no) writes miss their own write");
    private static final Pattern ERROR = Pattern.compile("(some|no) writes fail with error (\\d{4})");
    private static final Pattern REPORTS = Pattern.compile("(\\S+) reports (\\d+) s behind");
    private static final Pattern UNKNOWN = Pattern.compile("(\\S+) reports an unknown lag");
    private static final Pattern CONNECTING = Pattern.compile("(\\S+) is connecting");
    private static final String ERRANT = "errant writes are accepted";
    private static final String SPLIT_BRAIN = "split-brain writes are accepted";

    private DbConditions() {
    }

    /**
     * The condition {@code s} names, or null when it is not about the databases.
     *
     * @throws IllegalArgumentException when it names a database the topology does not have
     */
    static Condition parse(String s, Topology t) {
        Matcher m = OWN_WRITE.matcher(s);
        if (m.matches()) {
            boolean some = m.group(1).equals("some");
            return new Condition(s, o -> some == (o.db.ownWriteStale > 0));
        }
        m = ERROR.matcher(s);
        if (m.matches()) {
            boolean some = m.group(1).equals("some");
            int code = Integer.parseInt(m.group(2));
            return new Condition(s, o -> some == (o.db.failedWith(code) > 0));
        }
        m = REPORTS.matcher(s);
        if (m.matches()) {
            String db = database(s, m.group(1), t);
            long seconds = Long.parseLong(m.group(2));
            return new Condition(s, o -> Objects.equals(reported(o, db), seconds));
        }
        m = UNKNOWN.matcher(s);
        if (m.matches()) {
            String db = database(s, m.group(1), t);
            return new Condition(s, o -> o.sim().databases().node(db).ioState() != null && reported(o, db) == null);
        }
        m = CONNECTING.matcher(s);
        if (m.matches()) {
            String db = database(s, m.group(1), t);
            return new Condition(s, o -> o.sim().databases().node(db).ioState() == IoThreadState.CONNECTING);
        }
        return switch (s) {
            case ERRANT -> new Condition(s, o -> o.db.errantWrites(o.sim()) > 0);
            case SPLIT_BRAIN -> new Condition(s, o -> o.db.splitBrainWrites(o.sim()) > 0);
            default -> null;
        };
    }

    /** The forms these conditions take with a part that varies, as patterns, for {@link Condition#grammar()}. */
    static List<Pattern> patterns() {
        return List.of(OWN_WRITE, ERROR, REPORTS, UNKNOWN, CONNECTING);
    }

    /** The fixed phrases among them, for {@link Condition#grammar()}. */
    static List<String> phrases() {
        return List.of(ERRANT, SPLIT_BRAIN);
    }

    private static Long reported(StepObserver o, String db) {
        DatabaseNode n = o.sim().databases().node(db);
        return o.sim().databases().reportedLagSeconds(n, o.sim().now());
    }

    private static String database(String condition, String id, Topology t) {
        if (t.component(id).filter(c -> c.role() == Role.DATABASE).isEmpty()) {
            throw new IllegalArgumentException("'" + condition + "': unknown database '" + id + "'");
        }
        return id;
    }
}
