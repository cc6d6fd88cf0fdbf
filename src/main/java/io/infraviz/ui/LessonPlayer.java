package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.LessonSession;
import io.infraviz.scenario.lesson.Scenario;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import java.awt.Font;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * Shows a lesson in the window, under the diagram so it stays readable on a projector: the
 * narration in large type, highlights on the parts it talks about, a prediction to answer before
 * each failure, then (on Next) the step's actions, its wait, and its expected effects ticked off;
 * questions at the end, checked. Back goes to the previous step's moment (the past is
 * recomputed); Restart starts over. The lesson itself is a {@link LessonSession} on the driver's
 * run: this panel renders it and forwards the clicks.
 */
public final class LessonPlayer extends JPanel implements SimulationDriver.FrameListener, LessonSession.Listener {
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
    private final LessonSession session;

    public LessonPlayer(SimulationDriver driver, Supplier<Diagram> diagram) {
        super(new java.awt.BorderLayout());
        this.driver = driver;
        this.diagram = diagram;
        this.session = new LessonSession(new DrivenLessonRun(driver));
        session.addListener(this);
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
        backButton.addActionListener(e -> session.back());
        nextButton.addActionListener(e -> session.next());
        restartButton.addActionListener(e -> session.start(session.lesson()));
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
        session.start(l);
    }

    /** Ends the lesson; the run goes on as it is. */
    public void close() {
        session.close();
    }

    public boolean active() {
        return session.active() && isVisible();
    }

    /** What the lesson's main button offers now ("Do it", "Next step", ...), or "" while it waits. */
    public String nextAction() {
        return session.active() && session.canGoOn() ? session.nextLabel() : "";
    }

    /** True while a question (a prediction, or one at the end) waits for an answer. */
    public boolean asking() {
        return session.asking();
    }

    public Lesson lesson() {
        return session.lesson();
    }

    /** The topology running now (a lesson may be started on it instead of its stage). */
    public io.infraviz.model.Topology running() {
        return driver.simulation().topology();
    }

    /** The status line (what is being watched, or the effects ticked off), for tests and screen readers. */
    public String status() {
        return statusText.getText();
    }

    /** "Predictions: 3 of 4 right", or empty when the lesson asked none. */
    public String score() {
        return session.score();
    }

    @Override
    public void pageShown() {
        if (!session.active()) {
            diagram.get().setHighlights(Set.of());
            setVisible(false);
            return;
        }
        setVisible(true);
        titleLabel.setText(session.title());
        narrationText.setText(session.narration());
        diagram.get().setHighlights(session.highlights());
        statusText.setText(session.status());
        refreshButtons();
        revalidate();
        repaint();
        // Wrapped text knows its height only once it has its width: lay out once more, so the
        // lesson takes no more room than its text needs.
        javax.swing.SwingUtilities.invokeLater(this::revalidate);
    }

    @Override
    public void questionChanged() {
        if (session.question() != null) {
            showQuestion(session.question(), session.questionHeading());
        } else {
            hideQuestion();
            revalidate();
        }
    }

    @Override
    public void statusChanged() {
        if (!session.status().equals(statusText.getText())) {
            statusText.setText(session.status());
        }
        refreshButtons();
    }

    private void refreshButtons() {
        if (!session.active()) {
            return;
        }
        backButton.setEnabled(session.canGoBack());
        nextButton.setEnabled(session.canGoOn());
        nextButton.setText(session.nextLabel());
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (!session.active()) {
            return;
        }
        String pauseText = driver.playing() ? "Pause" : "Resume";
        if (!pauseText.equals(pauseButton.getText())) {
            pauseButton.setText(pauseText);
        }
        session.check();
    }

    /** Shows a question beside the narration (so the lesson does not grow taller). */
    private void showQuestion(Scenario.Question q, String heading) {
        ((MigLayout) body.getLayout()).setColumnConstraints(NARRATION_AND_QUESTION);
        questionView.ask(q, heading, session::answer);
        body.revalidate();
    }

    private void hideQuestion() {
        questionView.clear();
        ((MigLayout) body.getLayout()).setColumnConstraints(NARRATION_ONLY);
        body.revalidate();
    }
}
