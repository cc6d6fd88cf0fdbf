package io.infraviz.ui;

import javax.swing.JTabbedPane;
import java.awt.Dimension;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sidebar: Controls, Inspector, Components, Lesson, Issues and Security, in one row of tabs
 * (scrolling when narrow, so tabs never swap rows).
 */
final class SideTabs extends JTabbedPane {
    /** Its preferred size (the window keeps the room for it while it is being built). */
    static final Dimension SIZE = new Dimension(360, 400);
    private final InspectorPanel inspector;
    private final LessonPanel lessons;
    private final List<SimulationDriver.FrameListener> listeners;

    /**
     * @param select    a part chosen in the Components list (the window selects it everywhere)
     * @param showSpofs the single points of failure the Issues tab found, for the diagram
     * @param report    a background task's failure, in one line (the status bar)
     */
    SideTabs(SimulationDriver driver, LessonPlayer player, FileActions files, Consumer<String> select,
             Consumer<Map<String, String>> showSpofs, Consumer<String> report) {
        this.lessons = new LessonPanel(player, files);
        this.inspector = new InspectorPanel(lessons::start);
        ControlsPanel controls = new ControlsPanel(driver);
        ComponentsPanel components = new ComponentsPanel(driver, select);
        IssuesPanel issues = new IssuesPanel(showSpofs, report, IssuesPanel.ENGINE);
        SecurityPanel security = new SecurityPanel();
        setTabLayoutPolicy(SCROLL_TAB_LAYOUT);
        addTab("Controls", new FittedScrollPane(controls));
        addTab("Inspector", new FittedScrollPane(inspector));
        addTab("Components", components);
        addTab("Lesson", lessons);
        addTab("Issues", new FittedScrollPane(issues));
        addTab("Security", new FittedScrollPane(security));
        setPreferredSize(SIZE);
        setMinimumSize(new Dimension(340, 0));
        listeners = List.of(controls, inspector, components, security, issues);
    }

    /** The panels that follow the run, for the window to register with the driver. */
    List<SimulationDriver.FrameListener> listeners() {
        return listeners;
    }

    InspectorPanel inspector() {
        return inspector;
    }

    LessonPanel lessons() {
        return lessons;
    }
}
