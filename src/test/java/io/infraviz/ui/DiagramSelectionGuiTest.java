package io.infraviz.ui;

import com.mxgraph.view.mxCellState;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Stages;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The diagram's selection in the real window: a click selects, a reset forgets it, stepping back keeps it. */
@Tag("gui")
class DiagramSelectionGuiTest {
    private Robot robot;
    private FrameFixture window;
    private MainFrame frame;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        // The app's timer posts events every frame: the event queue is never idle.
        robot.settings().idleTimeout(300);
        Preferences prefs = Preferences.userRoot().node("io/infraviz-test");
        frame = GuiActionRunner.execute(() -> {
            Themes.install(false, false);
            Themes themes = new Themes(prefs);
            themes.rememberDark(false);
            return MainFrame.open(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), themes);
        });
        window = new FrameFixture(robot, frame);
        window.focus();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void await(String what, BooleanSupplier ok) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(ok::getAsBoolean);
            }
        }, Timeout.timeout(30_000));
    }

    private InspectorPanel inspector() {
        return robot.finder().findByType(frame, InspectorPanel.class, false);
    }

    private Object selected() {
        return GuiActionRunner.execute(() -> frame.diagramView().diagram().graph().getSelectionCell());
    }

    private void clickCell(String id) {
        Point p = GuiActionRunner.execute(() -> {
            mxCellState s = frame.diagramView().diagram().graph().getView().getState(frame.diagramView().diagram().cellOf(id));
            return new Point((int) s.getCenterX(), (int) s.getCenterY());
        });
        robot.click(frame.diagramView().getGraphControl(), p);
    }

    @Test
    void aResetForgetsTheSelectionButSteppingBackKeepsIt() {
        clickCell("web-02.nginx");
        await("web-02.nginx selected and inspected", () -> "web-02.nginx".equals(inspector().selected())
                && inspector().text().contains("web-02.nginx"));
        Object cell = GuiActionRunner.execute(() -> frame.diagramView().diagram().cellOf("web-02.nginx"));
        assertThat(selected()).isSameAs(cell);

        GuiActionRunner.execute(() -> frame.driver().stepBack());
        assertThat(selected()).as("stepping back shows the same run: the selection stays").isSameAs(cell);
        assertThat(GuiActionRunner.execute(() -> inspector().selected())).isEqualTo("web-02.nginx");

        GuiActionRunner.execute(() -> frame.driver().reset());
        assertThat(selected()).as("a reset clears the diagram's selection").isNull();
        assertThat(GuiActionRunner.execute(() -> inspector().selected())).isNull();
        assertThat(GuiActionRunner.execute(() -> inspector().text())).startsWith("Select a component")
                .doesNotContain("web-02.nginx");
    }
}
