package io.infraviz.ui;

import io.infraviz.scenario.lesson.LessonSession;
import io.infraviz.scenario.lesson.Scenario;
import net.miginfocom.swing.MigLayout;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.DefaultCaret;

/**
 * What a lesson shows under the diagram: its title, the narration in large type, a question beside
 * it, the status (what is watched, the effects ticked off) and the buttons. It renders a
 * {@link LessonSession} and forwards the clicks to it; {@link LessonPlayer} builds it when the
 * first lesson starts.
 */
final class LessonPage extends JPanel {
    // Columns take no width of their own (0:0:) and share the panel by their grow weights, so a
    // long narration wraps in its column instead of pushing the question aside.
    private static final String NARRATION_ONLY = "[grow,fill,0:0:]";
    /** The prediction sits beside the narration, so a question does not make the lesson taller. */
    private static final String NARRATION_AND_QUESTION = "[grow 55,fill,0:0:][grow 45,fill,0:0:]";

    private final LessonSession session;
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

    LessonPage(LessonSession session, Runnable togglePlay) {
        super(new BorderLayout());
        this.session = session;
        titleLabel.putClientProperty("FlatLaf.styleClass", "h3");
        for (JTextArea t : List.of(narrationText, statusText)) {
            // New text must not scroll the lesson area to its caret (the end): the reader stays at the top.
            ((DefaultCaret) t.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
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
        add(new FittedScrollPane(text), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 6));
        buttons.add(closeButton);
        buttons.add(restartButton);
        buttons.add(pauseButton);
        buttons.add(backButton);
        buttons.add(nextButton);
        add(buttons, BorderLayout.SOUTH);
        pauseButton.setToolTipText("The lesson waits at each step and while a question is open; Resume lets the run go on (Space)");
        pauseButton.addActionListener(e -> togglePlay.run());
        statusText.getAccessibleContext().setAccessibleName("Lesson status");
        backButton.addActionListener(e -> session.back());
        nextButton.addActionListener(e -> session.next());
        restartButton.addActionListener(e -> session.start(session.lesson()));
        closeButton.addActionListener(e -> session.close());
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

    /** Shows the session's current page. */
    void showPage() {
        titleLabel.setText(session.title());
        narrationText.setText(session.narration());
        statusText.setText(session.status());
        refreshButtons();
    }

    void showStatus() {
        if (!session.status().equals(statusText.getText())) {
            statusText.setText(session.status());
        }
        refreshButtons();
    }

    String status() {
        return statusText.getText();
    }

    void showPlaying(boolean playing) {
        String pauseText = playing ? "Pause" : "Resume";
        if (!pauseText.equals(pauseButton.getText())) {
            pauseButton.setText(pauseText);
        }
    }

    private void refreshButtons() {
        if (!session.active()) {
            return;
        }
        backButton.setEnabled(session.canGoBack());
        nextButton.setEnabled(session.canGoOn());
        nextButton.setText(session.nextLabel());
    }

    /** Shows a question beside the narration (so the lesson does not grow taller). */
    void showQuestion(Scenario.Question q, String heading) {
        ((MigLayout) body.getLayout()).setColumnConstraints(NARRATION_AND_QUESTION);
        questionView.ask(q, heading, session::answer);
        body.revalidate();
    }

    void hideQuestion() {
        questionView.clear();
        ((MigLayout) body.getLayout()).setColumnConstraints(NARRATION_ONLY);
        body.revalidate();
    }
}
