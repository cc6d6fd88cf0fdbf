package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.scenario.lesson.Condition;
import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.Scenario;
import io.infraviz.scenario.lesson.StepObserver;
import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Plays a lesson in the window, under the diagram so it stays readable on a projector: the
 * narration in large type, highlights on the parts it talks about, a prediction to answer before
 * each failure, then (on Next) the step's actions, its wait, and its expected effects ticked off;
 * questions at the end, checked. Back goes to the previous step's moment (the past is
 * recomputed); Restart starts over.
 */
public final class LessonPlayer extends JPanel implements SimulationDriver.FrameListener {
    private enum State { PREDICT, READY, RUNNING, DONE, QUESTIONS }

    private final SimulationDriver driver;
    private final Supplier<Diagram> diagram;
    private final JLabel titleLabel = new JLabel();
    private final JTextArea narrationText = new JTextArea();
    private final QuestionView questionView = new QuestionView();
    private final JTextArea statusText = new JTextArea();
    private final JButton backButton = new JButton("Back");
    private final JButton nextButton = new JButton("Next");
    private final JButton restartButton = new JButton("Restart");
    private final JButton closeButton = new JButton("Close");
    private final JButton pauseButton = new JButton("Pause");
    private final JPanel body = new JPanel(new MigLayout("insets 0, hidemode 3, gapx 24", NARRATION_ONLY));
    // Columns take no width of their own (0:0:) and share the panel by their grow weights, so a
    // long narration wraps in its column instead of pushing the question aside.
    private static final String NARRATION_ONLY = "[grow,fill,0:0:]";
    /** The prediction sits beside the narration, so a question does not make the lesson taller. */
    private static final String NARRATION_AND_QUESTION = "[grow 55,fill,0:0:][grow 45,fill,0:0:]";
    /** Per step: whether its prediction was answered right (absent until answered). */
    private final java.util.Map<Integer, Boolean> predictions = new java.util.HashMap<>();
    private Lesson lesson;
    private int step;
    private State state;
    private final List<Long> stepStarts = new ArrayList<>();
    private StepObserver observer;
    private Simulation observed;
    private long waitEndUs;
    private int questionIndex;

    public LessonPlayer(SimulationDriver driver, Supplier<Diagram> diagram) {
        super(new java.awt.BorderLayout());
        this.driver = driver;
        this.diagram = diagram;
        titleLabel.putClientProperty("FlatLaf.styleClass", "h3");
        for (JTextArea t : List.of(narrationText, statusText)) {
            // New text must not scroll the lesson area to its caret (the end): the reader stays at the top.
            ((javax.swing.text.DefaultCaret) t.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
            t.setEditable(false);
            // Read, not typed in: no caret blinking in the narration, and Tab goes to the buttons.
            t.setFocusable(false);
            t.setLineWrap(true);
            t.setWrapStyleWord(true);
            t.setOpaque(false);
        }
        updateNarrationFont();
        narrationText.getAccessibleContext().setAccessibleName("Narration");
        // The text scrolls when it needs more than the lesson's share of the window; the buttons
        // stay in view under it.
        JPanel text = new JPanel(new MigLayout("insets 10 14 4 14, fillx, wrap 1, hidemode 3", "[grow,fill,0::]"));
        text.add(titleLabel);
        body.add(narrationText, "aligny top, wmin 0");
        body.add(questionView, "aligny top, wmin 0");
        text.add(body);
        text.add(statusText);
        add(new FittedScrollPane(text), java.awt.BorderLayout.CENTER);
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT, 8, 6));
        buttons.add(closeButton);
        buttons.add(restartButton);
        buttons.add(pauseButton);
        buttons.add(backButton);
        buttons.add(nextButton);
        add(buttons, java.awt.BorderLayout.SOUTH);
        pauseButton.setToolTipText("The lesson waits at each step and while a question is open; Resume lets the run go on (Space)");
        pauseButton.addActionListener(e -> driver.togglePlay());
        statusText.getAccessibleContext().setAccessibleName("Lesson status");
        backButton.addActionListener(e -> back());
        nextButton.addActionListener(e -> next());
        restartButton.addActionListener(e -> start(lesson));
        closeButton.addActionListener(e -> close());
        setVisible(false);
    }

    /** The narration is a third larger than the rest, in whatever size the look gives (presentation mode: large). */
    private void updateNarrationFont() {
        Font base = UIManager.getFont("defaultFont");
        if (base != null && narrationText != null) {
            narrationText.setFont(base.deriveFont(Font.PLAIN, base.getSize2D() * 1.35f));
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        updateNarrationFont();
    }

    /** Starts a lesson from its first step, on its own stage and settings. */
    public void start(Lesson l) {
        this.lesson = l;
        driver.load(l.topology(), l.settings());
        stepStarts.clear();
        step = 0;
        predictions.clear();
        setVisible(true);
        showStep();
    }

    public boolean active() {
        return lesson != null && isVisible();
    }

    /** What the lesson's main button offers now ("Do it", "Next step", ...), or "" while it waits. */
    public String nextAction() {
        return lesson != null && nextButton.isEnabled() ? nextButton.getText() : "";
    }

    /** True while a question (a prediction, or one at the end) waits for an answer. */
    public boolean asking() {
        return lesson != null && (state == State.PREDICT || state == State.QUESTIONS && questionIndex < questions().size());
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The status line (what is being watched, or the effects ticked off), for tests and screen readers. */
    public String status() {
        return statusText.getText();
    }

    private void close() {
        lesson = null;
        diagram.get().setHighlights(java.util.Set.of());
        setVisible(false);
    }

    private Lesson.Stage stage() {
        return lesson.stages().get(step);
    }

    /**
     * Shows a step and waits, paused, for the teacher: nothing changes while the class reads,
     * talks or answers the prediction; the step's effects are counted from "Do it".
     */
    private void showStep() {
        state = State.READY;
        driver.pause();
        Scenario.Step st = stage().step();
        titleLabel.setText(lesson.scenario().title() + "  —  step " + (step + 1) + " of " + lesson.stages().size());
        narrationText.setText(st.narration());
        diagram.get().setHighlights(new HashSet<>(st.highlight() == null ? List.of() : st.highlight()));
        statusText.setText("");
        if (st.question() != null) {
            state = State.PREDICT;
            int asked = step;
            showQuestion(st.question(), "Before we do it — what do you predict?", right -> {
                predictions.put(asked, right);
                state = State.READY;
                refreshButtons();
            });
        } else {
            state = State.READY;
            hideQuestion();
        }
        refreshButtons();
        revalidate();
        repaint();
        // Wrapped text knows its height only once it has its width: lay out once more, so the
        // lesson takes no more room than its text needs.
        javax.swing.SwingUtilities.invokeLater(this::revalidate);
    }

    private void refreshButtons() {
        backButton.setEnabled(step > 0 || state == State.QUESTIONS);
        nextButton.setEnabled(state == State.READY || state == State.DONE
                || (state == State.QUESTIONS && questionIndex >= questions().size()));
        nextButton.setText(switch (state) {
            case READY -> stage().moves().isEmpty() ? "Go on" : "Do it";
            case DONE -> step + 1 < lesson.stages().size() ? "Next step" : "Questions";
            case QUESTIONS -> "Finish";
            default -> "Next";
        });
    }

    private void next() {
        switch (state) {
            case READY -> runStep();
            case DONE -> {
                if (step + 1 < lesson.stages().size()) {
                    step++;
                    showStep();
                } else {
                    askQuestions();
                }
            }
            case QUESTIONS -> close();
            default -> { }
        }
    }

    /** Applies the step's actions now (or after their delay) and starts its wait. */
    private void runStep() {
        Simulation sim = driver.simulation();
        long now = sim.now();
        while (stepStarts.size() > step) {
            stepStarts.remove(stepStarts.size() - 1);
        }
        stepStarts.add(now);
        attachObserver(sim);
        observer.reset();
        for (Lesson.Move m : stage().moves()) {
            long at = now + Math.round(m.afterSeconds() * 1_000_000);
            if (m.fault() != null) {
                if (m.afterSeconds() == 0) {
                    driver.apply(m.fault());
                } else {
                    driver.applyAt(at, m.fault());
                }
            } else {
                // An edit of the settings as they are when it applies, so nothing changed meanwhile is undone.
                java.util.function.UnaryOperator<io.infraviz.model.SimulationSettings> edit =
                        current -> Lesson.applySettings(current, m.settings());
                if (m.afterSeconds() == 0) {
                    driver.updateSettings(edit);
                } else {
                    driver.updateSettingsAt(at, edit);
                }
            }
        }
        waitEndUs = now + Math.round(stage().waitSeconds() * 1_000_000);
        state = State.RUNNING;
        if (!driver.playing()) {
            driver.play();
        }
        refreshButtons();
    }

    private void attachObserver(Simulation sim) {
        if (observed != sim) {
            observed = sim;
            observer = new StepObserver(sim);
            sim.addListener(observer);
        }
    }

    @Override
    public void frame(Simulation sim, List<SimEvent> events, boolean rebuilt) {
        if (lesson == null) {
            return;
        }
        String pauseText = driver.playing() ? "Pause" : "Resume";
        if (!pauseText.equals(pauseButton.getText())) {
            pauseButton.setText(pauseText);
        }
        if (state != State.RUNNING) {
            return;
        }
        attachObserver(sim);
        Condition until = stage().until();
        boolean met = until != null && until.holds(observer);
        if (met || sim.now() >= waitEndUs) {
            finishStep(until == null || met);
        } else {
            long left = (waitEndUs - sim.now()) / 1_000_000;
            statusText.setText(until != null ? "Watching until " + until.text() + "..." : "Watching... (" + left + " s)");
        }
    }

    /** The step has shown its effects: the run waits (paused) while the class looks at them. */
    private void finishStep(boolean waitMet) {
        state = State.DONE;
        StringBuilder b = new StringBuilder(waitMet ? "" : "The wait ran out before: " + stage().until().text() + "\n");
        for (Condition c : stage().expect()) {
            b.append(c.holds(observer) ? "✓ " : "✗ did not happen: ").append(c.text()).append('\n');
        }
        statusText.setText(b.length() == 0 ? "Done." : b.toString().trim());
        driver.pause();
        refreshButtons();
    }

    /** Back to the previous step, at the moment it began (recomputed); its actions run again on Next. */
    private void back() {
        if (state == State.QUESTIONS) {
            state = State.DONE;
            showStep();
            return;
        }
        int target = state == State.RUNNING || state == State.DONE ? step : step - 1;
        if (target < 0 || target >= stepStarts.size()) {
            start(lesson);
            return;
        }
        // The moment before the step's actions: they are forgotten and run again on "Do it".
        driver.rewindTo(stepStarts.get(target));
        step = target;
        predictions.keySet().removeIf(i -> i >= target);
        showStep();
    }

    private List<Scenario.Question> questions() {
        return lesson.scenario().questions() == null ? List.of() : lesson.scenario().questions();
    }

    /** "Predictions: 3 of 4 right", or empty when the lesson asked none. */
    public String score() {
        long right = predictions.values().stream().filter(Boolean::booleanValue).count();
        return predictions.isEmpty() ? "" : "Predictions: " + right + " of " + predictions.size() + " right";
    }

    private void askQuestions() {
        state = State.QUESTIONS;
        driver.pause();
        questionIndex = 0;
        diagram.get().setHighlights(java.util.Set.of());
        titleLabel.setText(lesson.scenario().title() + "  —  questions");
        narrationText.setText(questions().isEmpty() ? "That is the lesson." : "Check what you learned.");
        statusText.setText("");
        nextQuestion();
    }

    private void nextQuestion() {
        if (questionIndex >= questions().size()) {
            hideQuestion();
            statusText.setText((statusText.getText() + "\nLesson complete. " + score()).trim());
            refreshButtons();
            revalidate();
            return;
        }
        showQuestion(questions().get(questionIndex), "Question " + (questionIndex + 1) + " of " + questions().size(), right -> {
            questionIndex++;
            nextQuestion();
        });
        refreshButtons();
    }

    /** Shows a question beside the narration (so the lesson does not grow taller). */
    private void showQuestion(Scenario.Question q, String heading, java.util.function.Consumer<Boolean> answered) {
        ((MigLayout) body.getLayout()).setColumnConstraints(NARRATION_AND_QUESTION);
        questionView.ask(q, heading, right -> {
            hideQuestion();
            answered.accept(right);
        });
        body.revalidate();
    }

    private void hideQuestion() {
        questionView.clear();
        ((MigLayout) body.getLayout()).setColumnConstraints(NARRATION_ONLY);
        body.revalidate();
    }
}
