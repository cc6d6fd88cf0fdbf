package io.infraviz.ui;

import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Design;
import io.infraviz.model.Topology;
import io.infraviz.ui.design.DesignEditor;
import io.infraviz.ui.design.DesignPane;

import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Container;
import java.util.List;

/**
 * Switches the window between the live view and design mode: entering pauses the simulation,
 * puts the design pane where the live view was (its toolbar and panels go; the menus stay) and
 * turns off what acts on the run; Run loads the drawn design and plays it; Back leaves the run as
 * it was. Unsaved design changes are asked about ({@link UnsavedWork}) before they are lost.
 * During a lesson, entering asks first and ends the lesson: the lesson plays on its own run, which
 * a drawing would replace, and its steps would act on parts the drawing may not have.
 */
final class DesignMode implements DesignPane.Window {
    /** The question before design mode ends a running lesson, and its answers in order. */
    static final String LESSON_TITLE = "A lesson is running";
    static final String END_LESSON = "End the lesson and draw";
    static final String STAY = "Stay in the lesson";
    private final JFrame frame;
    private final SimulationDriver driver;
    private final JComponent toolbar;
    private final JComponent live;
    /** What acts on the run or the live view; off in design mode, where the same keys edit the design. */
    private final List<Action> liveOnly;
    private final java.util.function.Supplier<DiagramTheme> theme;
    private final UnsavedWork unsaved = new UnsavedWork("design");
    private final LessonPlayer lessons;
    private DesignPane pane;
    private boolean on;

    DesignMode(JFrame frame, SimulationDriver driver, JComponent toolbar, JComponent live, List<Action> liveOnly,
               java.util.function.Supplier<DiagramTheme> theme, LessonPlayer lessons) {
        this.theme = theme;
        this.lessons = lessons;
        this.frame = frame;
        this.driver = driver;
        this.toolbar = toolbar;
        this.live = live;
        this.liveOnly = liveOnly;
    }

    boolean on() {
        return on;
    }

    /** Enters design mode, drawing from the live design (or where the last drawing was left). */
    void enter() {
        if (on || lessons.active() && !endLesson()) {
            return;
        }
        driver.pause();
        if (pane == null) {
            pane = new DesignPane(new DesignEditor(theme.get()), this);
            pane.editor().load(Design.of(driver.simulation().topology()));
        }
        pane.greet();
        swap(true);
    }

    /** Asks before design mode ends the running lesson; true when the person chose to end it (it is ended then). */
    private boolean endLesson() {
        Object[] answers = {END_LESSON, STAY};
        int a = JOptionPane.showOptionDialog(frame, "<html>The lesson <b>" + QuestionView.escape(lessons.lesson().scenario().title())
                        + "</b> is running.<br>Design mode ends it: the lesson plays on its own run, and Run replaces"
                        + " that run with your drawing.</html>", LESSON_TITLE, JOptionPane.DEFAULT_OPTION,
                JOptionPane.QUESTION_MESSAGE, null, answers, STAY);
        if (a != 0) {
            return false;
        }
        lessons.close();
        return true;
    }

    @Override
    public Topology live() {
        return driver.simulation().topology();
    }

    @Override
    public void run(Topology design) {
        driver.load(design, driver.settings());
        swap(false);
        driver.play();
        // the next drawing starts from this design
        pane.editor().load(Design.of(design));
    }

    @Override
    public void leave() {
        swap(false);
    }

    @Override
    public boolean mayDiscard(String before) {
        if (pane.editor().changed()) {
            unsaved.markChanged();
        } else {
            unsaved.saved();
        }
        return unsaved.askBefore(frame, before, pane::save);
    }

    private void swap(boolean design) {
        on = design;
        Container c = frame.getContentPane();
        c.remove(design ? live : pane);
        c.remove(toolbar);
        if (!design) {
            c.add(toolbar, BorderLayout.NORTH);
        }
        c.add(design ? pane : live, BorderLayout.CENTER);
        liveOnly.forEach(a -> a.setEnabled(!design));
        c.revalidate();
        c.repaint();
        if (design) {
            SwingUtilities.invokeLater(() -> {
                pane.focusCanvas();
                pane.editor().fit();
            });
        }
    }

    /** The design pane (for tests); null before design mode was first entered. */
    DesignPane pane() {
        return pane;
    }
}
