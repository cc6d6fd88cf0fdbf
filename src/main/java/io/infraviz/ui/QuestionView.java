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
import java.awt.Dimension;
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
        add(wrapped(new JLabel(), "<b>" + heading + "</b> " + escape(q.prompt())));
        ButtonGroup group = new ButtonGroup();
        List<JRadioButton> choices = new ArrayList<>();
        for (String choice : q.choices()) {
            JRadioButton b = wrapped(new JRadioButton(), escape(choice));
            group.add(b);
            choices.add(b);
            add(b);
        }
        JTextArea feedback = new JTextArea();
        feedback.setEditable(false);
        feedback.setLineWrap(true);
        feedback.setWrapStyleWord(true);
        feedback.setOpaque(false);
        JButton check = new JButton("Check");
        JButton cont = new JButton("Continue");
        cont.setVisible(false);
        check.addActionListener(e -> {
            int picked = choices.indexOf(choices.stream().filter(AbstractButton::isSelected).findFirst().orElse(null));
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
        add(check, "split 2, left");
        add(cont);
        revalidate();
        repaint();
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    /**
     * HTML text that wraps at the width its column gives it (a plain label or radio button keeps
     * one line and is cut off in a narrow column). On each resize the text's HTML view is laid out
     * at the width the text really has, and the component asks for the height that takes (CSS
     * widths are not used: Swing scales their pixels).
     */
    private static <T extends JComponent> T wrapped(T c, String html) {
        if (c instanceof AbstractButton b) {
            b.setText("<html>" + html + "</html>");
        } else {
            ((JLabel) c).setText("<html>" + html + "</html>");
        }
        c.addComponentListener(new ComponentAdapter() {
            private int width;
            /** What stands beside the text (a radio button's dot and gap), measured before the size is fixed. */
            private int beside = -1;

            @Override
            public void componentResized(ComponentEvent e) {
                if (c.getWidth() != width && c.getClientProperty(BasicHTML.propertyKey) instanceof View text) {
                    width = c.getWidth();
                    Insets in = c.getInsets();
                    if (beside < 0) {
                        beside = Math.max(0, c.getPreferredSize().width - (int) Math.ceil(text.getPreferredSpan(View.X_AXIS))
                                - in.left - in.right);
                    }
                    text.setSize(Math.max(40, width - in.left - in.right - beside), 0);
                    int height = (int) Math.ceil(text.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom;
                    c.setPreferredSize(new Dimension(40, height));
                    c.revalidate();
                }
            }
        });
        return c;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
