package io.infraviz.ui;

import io.infraviz.scenario.lesson.Scenario;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractButton;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.Insets;
import java.awt.Rectangle;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A lesson's multiple-choice question: the prompt, the choices, Check (which says whether the
 * pick was right and why), then Continue. Its texts wrap at the width of their column.
 */
final class QuestionView extends JPanel {
    QuestionView() {
        super(new MigLayout("insets 0, wrap 1, hidemode 3", "[grow,fill,0::]"));
        setVisible(false);
    }

    /** Shows {@code q}; {@code answered} hears whether the pick was right once Continue is pressed. */
    void ask(Scenario.Question q, String heading, Consumer<Boolean> answered) {
        removeAll();
        setVisible(true);
        // "wmin 60": a wrapped text asks for its current width as a minimum; the column must still shrink.
        add(wrapped(new JLabel(), "<b>" + heading + "</b> " + escape(q.prompt())), "wmin 60");
        ButtonGroup group = new ButtonGroup();
        List<JRadioButton> choices = new ArrayList<>();
        for (String choice : q.choices()) {
            JRadioButton b = wrapped(new JRadioButton(), escape(choice));
            group.add(b);
            choices.add(b);
            add(b, "wmin 60");
        }
        JTextArea feedback = new JTextArea();
        feedback.setEditable(false);
        feedback.setLineWrap(true);
        feedback.setWrapStyleWord(true);
        feedback.setOpaque(false);
        feedback.setFocusable(false);
        // Takes no room until it has something to say.
        feedback.setVisible(false);
        JButton check = new JButton("Check");
        JButton cont = new JButton("Continue");
        // Picking is when Check is needed: on a laptop's short lesson area it may be below the fold
        // (the scroll when the question appeared ran before its wrapped texts knew their height).
        choices.forEach(b -> b.addActionListener(e -> check.scrollRectToVisible(new Rectangle(check.getSize()))));
        cont.setVisible(false);
        check.addActionListener(e -> {
            int picked = choices.indexOf(choices.stream().filter(AbstractButton::isSelected).findFirst().orElse(null));
            feedback.setVisible(true);
            if (picked < 0) {
                feedback.setText("Pick an answer first.");
                return;
            }
            boolean right = picked == q.answer();
            feedback.setText((right ? "Right. " : "Not quite: the answer is \"" + q.choices().get(q.answer()) + "\". ")
                    + (q.explanation() == null ? "" : q.explanation()));
            choices.forEach(b -> b.setEnabled(false));
            check.setVisible(false);
            cont.setVisible(true);
            // The lesson area may scroll on a small screen: bring the answer and Continue into view.
            SwingUtilities.invokeLater(() -> cont.scrollRectToVisible(new Rectangle(cont.getSize())));
            cont.addActionListener(c -> {
                clear();
                answered.accept(right);
            });
        });
        add(feedback);
        add(check, "split 2, left, growx 0");
        add(cont, "growx 0");
        revalidate();
        repaint();
        // On a small screen the lesson's text scrolls: show the whole question, down to Check.
        SwingUtilities.invokeLater(() -> check.scrollRectToVisible(new Rectangle(check.getSize())));
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    /**
     * HTML text that wraps at the width its column gives it (a plain label or radio button keeps
     * one line and is cut off in a narrow column). A CSS width makes Swing's HTML wrap, but Swing
     * scales CSS pixels by the font's resolution: the width is measured once and corrected, so the
     * text takes exactly the room it has.
     */
    private static <T extends JComponent> T wrapped(T c, String html) {
        Consumer<String> setText = c instanceof AbstractButton b ? b::setText : ((JLabel) c)::setText;
        setText.accept("<html>" + html + "</html>");
        c.addComponentListener(new ComponentAdapter() {
            private int width;
            /** What stands beside the text (a radio button's dot and gap), measured before wrapping. */
            private int beside = -1;

            @Override
            public void componentResized(ComponentEvent e) {
                if (c.getWidth() == width || !(c.getClientProperty(BasicHTML.propertyKey) instanceof View)) {
                    return;
                }
                width = c.getWidth();
                Insets in = c.getInsets();
                if (beside < 0) {
                    beside = Math.max(0, c.getPreferredSize().width - textWidth(c) - in.left - in.right);
                }
                int room = Math.max(40, width - in.left - in.right - beside - 2);
                setText.accept(html(html, room));
                int drawn = textWidth(c);
                if (drawn > room) {
                    setText.accept(html(html, room * room / drawn));
                }
            }
        });
        return c;
    }

    private static String html(String body, int cssWidth) {
        return "<html><div style='width:" + cssWidth + "px'>" + body + "</div></html>";
    }

    private static int textWidth(JComponent c) {
        return (int) Math.ceil(((View) c.getClientProperty(BasicHTML.propertyKey)).getPreferredSpan(View.X_AXIS));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
