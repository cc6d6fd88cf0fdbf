package io.infraviz.ui;

import io.infraviz.scenario.lesson.Scenario;
import org.junit.jupiter.api.Test;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A question in a narrow column wraps its prompt and choices instead of cutting them off; Check says right or wrong. */
class QuestionViewTest {
    private static final String LONG = "Nothing fails, but reads from the Replica get stale while the link stays cut";

    @Test
    void longChoicesWrapInANarrowColumnAndCheckSaysWhetherThePickWasRight() throws Exception {
        QuestionView view = new QuestionView();
        JPanel column = new JPanel(new BorderLayout());
        AtomicReference<Boolean> answered = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            column.add(view);
            view.ask(new Scenario.Question("The link between Primary and Replica is cut. Does anything fail?",
                    List.of("Writes fail", LONG), 1, "Replication only copies."), "Predict:", answered::set);
            column.setSize(260, 600);
            layoutAll(column);
        });
        // The resize events that re-wrap the texts come through the event queue.
        SwingUtilities.invokeAndWait(() -> layoutAll(column));
        // Narrower still (the window shrinks): the text wraps again at the new width.
        SwingUtilities.invokeAndWait(() -> {
            column.setSize(200, 600);
            layoutAll(column);
        });
        SwingUtilities.invokeAndWait(() -> layoutAll(column));
        SwingUtilities.invokeAndWait(() -> {
            JRadioButton longChoice = radios(view).get(1);
            int oneLine = longChoice.getFontMetrics(longChoice.getFont()).getHeight();
            assertThat(longChoice.getPreferredSize().height).as("wrapped over several lines").isGreaterThan(oneLine * 2);
            assertThat(longChoice.getPreferredSize().width).as("fits the column").isLessThanOrEqualTo(200);
            longChoice.doClick();
            button(view, "Check").doClick();
            button(view, "Continue").doClick();
        });
        assertThat(answered.get()).isTrue();
    }

    /** On a laptop the lesson area is short and scrolls: picking an answer brings Check into view. */
    @Test
    void pickingAnAnswerScrollsCheckIntoAShortLessonArea() throws Exception {
        QuestionView view = new QuestionView();
        JPanel column = new JPanel(new BorderLayout());
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(column);
        SwingUtilities.invokeAndWait(() -> {
            column.add(view);
            view.ask(new Scenario.Question("The Primary has said OK. Is the write on the Replica?",
                    List.of("Always", LONG, "Only after the next scheduled sync, a few minutes later", "Never"), 1, null),
                    "Predict:", right -> { });
            scroll.setSize(260, 90);
            scroll.doLayout();
            layoutAll(scroll);
        });
        SwingUtilities.invokeAndWait(() -> layoutAll(scroll));
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JButton check = button(view, "Check");
            java.awt.Rectangle shown = scroll.getViewport().getViewRect();
            java.awt.Rectangle at = SwingUtilities.convertRectangle(check.getParent(), check.getBounds(), column);
            assertThat(shown.contains(at)).as("Check below the fold before a pick (the case this is about)").isFalse();
            radios(view).get(1).doClick();
            shown = scroll.getViewport().getViewRect();
            assertThat(shown.contains(at)).as("Check in view after the pick: %s in %s", at, shown).isTrue();
        });
    }

    private static void layoutAll(java.awt.Container c) {
        c.doLayout();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof java.awt.Container inner) {
                layoutAll(inner);
            }
        }
    }

    private static List<JRadioButton> radios(java.awt.Container c) {
        List<JRadioButton> found = new ArrayList<>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JRadioButton r) {
                found.add(r);
            }
        }
        return found;
    }

    private static javax.swing.JButton button(java.awt.Container c, String text) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JButton b && text.equals(b.getText())) {
                return b;
            }
        }
        throw new AssertionError("no button " + text + " (labels: " + List.of(c.getComponents()).stream()
                .filter(x -> x instanceof JLabel).count() + ")");
    }
}
