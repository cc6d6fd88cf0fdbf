package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.LessonSession;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JPanel;

/**
 * Shows a lesson in the window, under the diagram so it stays readable on a projector: the
 * narration in large type, highlights on the parts it talks about, a prediction to answer before
 * each failure, then (on Next) the step's actions, its wait, and its expected effects ticked off;
 * questions at the end, checked. Back goes to the previous step's moment (the past is
 * recomputed); Restart starts over. The lesson itself is a {@link LessonSession} on the driver's
 * run; its {@link LessonPage} (built with the first lesson) renders it and forwards the clicks.
 */
public final class LessonPlayer extends JPanel implements SimulationDriver.FrameListener, LessonSession.Listener {
    private final SimulationDriver driver;
    private final Supplier<Diagram> diagram;
    private final LessonSession session;
    /** Built when the first lesson starts, so the window's first frame does not wait for it. */
    private LessonPage page;

    public LessonPlayer(SimulationDriver driver, Supplier<Diagram> diagram) {
        super(new java.awt.BorderLayout());
        this.driver = driver;
        this.diagram = diagram;
        this.session = new LessonSession(new DrivenLessonRun(driver));
        session.addListener(this);
        setVisible(false);
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
        return page == null ? "" : page.status();
    }

    private LessonPage page() {
        if (page == null) {
            page = new LessonPage(session, driver::togglePlay);
            add(page, java.awt.BorderLayout.CENTER);
        }
        return page;
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
        page().showPage();
        diagram.get().setHighlights(session.highlights());
        revalidate();
        repaint();
        // Wrapped text knows its height only once it has its width: lay out once more, so the
        // lesson takes no more room than its text needs.
        javax.swing.SwingUtilities.invokeLater(this::revalidate);
    }

    @Override
    public void questionChanged() {
        if (session.question() != null) {
            page().showQuestion(session.question(), session.questionHeading());
        } else if (page != null) {
            page.hideQuestion();
            revalidate();
        }
    }

    @Override
    public void statusChanged() {
        if (page != null) {
            page.showStatus();
        }
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (!session.active()) {
            return;
        }
        page().showPlaying(driver.playing());
        session.check();
    }
}
