package io.infraviz.scenario.lesson;

import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.fault.FaultRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario checked and ready to run: its topology and settings, every action parsed, every
 * condition understood. Building one validates the whole file first, so nothing of a bad file
 * is ever half-run.
 */
public final class Lesson {
    /** An action of a step, ready to apply. */
    public record Move(double afterSeconds, Fault fault, Map<String, Object> settings) {
    }

    /** A step, ready to play. */
    public record PlannedStep(Scenario.Step step, List<Move> moves, Condition until, List<Condition> expect) {
        public double waitSeconds() {
            return step.waitSeconds() != null ? step.waitSeconds() : step.timeoutSeconds() != null ? step.timeoutSeconds() : 120;
        }
    }

    private final Scenario scenario;
    private final Topology topology;
    private final SimulationSettings settings;
    private final List<PlannedStep> steps;

    /**
     * Checks and prepares a scenario.
     *
     * @throws IllegalArgumentException naming the place (field, step number) and the problem
     */
    public Lesson(Scenario s) {
        this(s, null);
    }

    /**
     * Checks and prepares a scenario on {@code design} (a design a person drew, or a topology
     * file) instead of its stage, or on its stage when null: it fits a design when every part its
     * steps name, act on or watch is in it.
     *
     * @throws IllegalArgumentException naming the place (field, step number) and the problem
     */
    public Lesson(Scenario s, Topology design) {
        this.scenario = s;
        require(s.name(), "name");
        require(s.title(), "title");
        String stageCode = s.stage() == null ? "distributed" : s.stage();
        this.topology = design != null ? design : Stages.fromCode(stageCode).orElseThrow(() -> new IllegalArgumentException(
                "stage: unknown stage '" + stageCode + "' (use one of " + Stages.codes() + ")")).topology();
        Preset preset = Preset.fromCode(s.preset() == null ? "classroom" : s.preset()).orElseThrow(() ->
                new IllegalArgumentException("preset: unknown preset '" + s.preset() + "'"));
        try {
            this.settings = ScenarioSettings.checkServers(
                    ScenarioSettings.apply(preset.settings().forTopology(topology), s.settings()), topology);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("settings." + e.getMessage());
        }
        if (s.steps() == null || s.steps().isEmpty()) {
            throw new IllegalArgumentException("steps: a lesson needs at least one step");
        }
        LessonLimits.count(s.steps().size(), LessonLimits.MAX_STEPS, "steps", "steps");
        List<PlannedStep> out = new ArrayList<>();
        for (int i = 0; i < s.steps().size(); i++) {
            out.add(prepare(s.steps().get(i), "steps[" + i + "]"));
        }
        this.steps = List.copyOf(out);
        List<Scenario.Question> qs = s.questions() == null ? List.of() : s.questions();
        LessonLimits.count(qs.size(), LessonLimits.MAX_QUESTIONS, "questions", "questions");
        for (int i = 0; i < qs.size(); i++) {
            checkQuestion(qs.get(i), "questions[" + i + "]");
        }
    }

    private PlannedStep prepare(Scenario.Step st, String where) {
        require(st.narration(), where + ".narration");
        for (String id : st.highlight() == null ? List.<String>of() : st.highlight()) {
            if (!topology.knows(id)) {
                throw new IllegalArgumentException(where + ".highlight: unknown component, host or link '" + id + "'");
            }
        }
        if (st.question() != null) {
            checkQuestion(st.question(), where + ".question");
        }
        List<Move> moves = new ArrayList<>();
        List<Scenario.Action> actions = st.actions() == null ? List.of() : st.actions();
        for (int i = 0; i < actions.size(); i++) {
            moves.add(move(actions.get(i), where + ".actions[" + i + "]"));
        }
        if (st.waitSeconds() != null && !(st.waitSeconds() >= 0)) {
            throw new IllegalArgumentException(where + ".wait_seconds: must be 0 or more, got " + st.waitSeconds());
        }
        if (st.timeoutSeconds() != null && !(st.timeoutSeconds() > 0)) {
            throw new IllegalArgumentException(where + ".timeout_seconds: must be more than 0, got " + st.timeoutSeconds());
        }
        LessonLimits.seconds(st.waitSeconds(), where + ".wait_seconds");
        LessonLimits.seconds(st.timeoutSeconds(), where + ".timeout_seconds");
        Condition until = null;
        if (st.until() != null) {
            until = condition(st.until(), where + ".until");
        } else if (st.waitSeconds() == null) {
            throw new IllegalArgumentException(where + ": needs wait_seconds or until");
        }
        List<Condition> expect = new ArrayList<>();
        List<String> ex = st.expect() == null ? List.of() : st.expect();
        for (int i = 0; i < ex.size(); i++) {
            expect.add(condition(ex.get(i), where + ".expect[" + i + "]"));
        }
        return new PlannedStep(st, List.copyOf(moves), until, List.copyOf(expect));
    }

    private Move move(Scenario.Action a, String where) {
        require(a.action(), where + ".action");
        double after = a.after() == null ? 0 : a.after();
        if (!(after >= 0)) {
            throw new IllegalArgumentException(where + ".after: must be 0 or more seconds, got " + a.after());
        }
        LessonLimits.seconds(a.after(), where + ".after");
        if (a.action().equals("set")) {
            try {
                ScenarioSettings.checkServers(ScenarioSettings.apply(settings, a.settings()), topology);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".settings." + e.getMessage());
            }
            return new Move(after, null, a.settings());
        }
        FaultAction fa = FaultAction.fromCode(a.action()).orElseThrow(() -> new IllegalArgumentException(
                where + ".action: unknown action '" + a.action() + "' (use set or one of " + FaultAction.codes() + ")"));
        require(a.target(), where + ".target");
        if (!topology.knows(a.target())) {
            throw new IllegalArgumentException(where + ".target: unknown component, host or link '" + a.target() + "'");
        }
        Fault f = new Fault(fa, a.target());
        try {
            FaultRules.check(topology, f);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        return new Move(after, f, null);
    }

    private Condition condition(String text, String where) {
        try {
            return Condition.parse(text, topology);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static void checkQuestion(Scenario.Question q, String where) {
        require(q.prompt(), where + ".prompt");
        if (q.choices() == null || q.choices().size() < 2) {
            throw new IllegalArgumentException(where + ".choices: a question needs at least two choices");
        }
        if (q.answer() < 0 || q.answer() >= q.choices().size()) {
            throw new IllegalArgumentException(where + ".answer: " + q.answer() + " is not the index of a choice (0 to "
                    + (q.choices().size() - 1) + ")");
        }
    }

    private static void require(Object v, String field) {
        if (v == null || (v instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public Topology topology() {
        return topology;
    }

    public SimulationSettings settings() {
        return settings;
    }

    public List<PlannedStep> steps() {
        return steps;
    }

    /** Settings after a "set" action. */
    public static SimulationSettings applySettings(SimulationSettings s, Map<String, Object> changes) {
        return ScenarioSettings.apply(s, changes);
    }
}
