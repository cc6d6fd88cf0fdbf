package io.infraviz.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.world.SimEvent;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

/**
 * The main window: toolbar and timeline on top, the live diagram in the centre, a sidebar with
 * Controls, Inspector and Components, charts and the event log at the bottom, a status bar.
 */
public final class MainFrame extends JFrame implements SimulationDriver.FrameListener {
    private final SimulationDriver driver;
    private final Themes themes;
    private Diagram diagram;
    private TrafficLayer traffic;
    private DiagramView diagramView;
    private DiagramArea centre;
    /** The event log follows the run from the start; its panel comes after the first frame. */
    private final EventLog eventLog = new EventLog();
    private final Deferred<EventLogPanel> eventLogPanel;
    private final Deferred<ChartsPanel> chartsPanel;
    private final StatusBar statusBar;
    private final Deferred<SideTabs> sideTabs;
    private final LegendBar legendBar = new LegendBar();
    private final JSplitPane bottomSplit;
    private final JSplitPane mainSplit;
    private JSplitPane vertical;
    /** The bottom strip was hidden to make room for a lesson on a short window (shown again after). */
    private final LessonRoom lessonRoom;
    private boolean switchingScreenMode;
    private final ScreenBounds screenBounds = new ScreenBounds();
    private final FileActions files;
    private final LessonPlayer lessonPlayer;
    private boolean presentation;
    private final WindowActions actions;
    private KeyboardHome keyboardHome;
    private final FaultUndo faultUndo;
    private final WindowMenus menus;
    private final PlaybackBar playbackBar;
    private final WorkGuard work;
    private final DesignMode designMode;

    private MainFrame(SimulationDriver driver, Themes themes, FirstDiagram first) {
        super("InfraViz — " + driver.simulation().topology().title());
        this.driver = driver;
        this.themes = themes;
        this.diagram = first.take(driver.simulation().topology(), themes.dark() ? DiagramTheme.DARK : DiagramTheme.LIGHT);
        this.traffic = new TrafficLayer(diagram);
        this.traffic.setReducedMotion(themes.reducedMotion());
        this.diagramView = new DiagramView(diagram, traffic);
        // The side tabs, the charts and the log's panel come after the diagram's first frame (see Deferred).
        this.chartsPanel = new Deferred<>(() -> new ChartsPanel(driver, diagram.theme()), driver::addFrameListener,
                new Dimension(740, 200));
        this.eventLogPanel = new Deferred<>(() -> new EventLogPanel(eventLog), driver::addFrameListener, new Dimension(420, 200));
        this.statusBar = new StatusBar(driver);
        this.bottomSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chartsPanel, eventLogPanel);
        this.mainSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT);
        this.work = new WorkGuard(this, driver, this::lessonRunning);
        this.files = new FileActions(this, driver, work.unsaved);
        this.lessonPlayer = new LessonPlayer(driver, () -> diagram);
        this.sideTabs = new Deferred<>(() -> new SideTabs(driver, lessonPlayer, files, this::select,
                spofs -> traffic.setSpofs(spofs), statusBar::tell), t -> t.listeners().forEach(driver::addFrameListener),
                SideTabs.SIZE);
        this.faultUndo = new FaultUndo(driver);
        this.actions = new WindowActions(this, driver, files, themes);
        this.lessonRoom = new LessonRoom(actions.bottomPanel, this::getHeight, this::presentation);
        this.menus = new WindowMenus(actions, driver);
        this.playbackBar = new PlaybackBar(driver, actions);
        initComponents();
        this.designMode = new DesignMode(this, driver, playbackBar, vertical, actions.liveOnly(), () -> diagram.theme(), lessonPlayer);
        setJMenuBar(menus.bar());
        bindToSimulation();
    }

    private void initComponents() {
        work.guardClosing(files::saveRun);
        setIconImage(new FlatSVGIcon("icons/arrows-split-2.svg", 64, 64).getImage());
        centre = new DiagramArea(diagramView, lessonPlayer, legendBar, lessonRoom::lessonShown);
        mainSplit.setLeftComponent(centre);
        mainSplit.setRightComponent(sideTabs);
        mainSplit.setResizeWeight(1);

        bottomSplit.setResizeWeight(0.62);
        bottomSplit.setPreferredSize(new Dimension(1200, 200));
        bottomSplit.setMinimumSize(new Dimension(0, 160));
        vertical = new JSplitPane(JSplitPane.VERTICAL_SPLIT, mainSplit, bottomSplit);
        vertical.setResizeWeight(1);

        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(playbackBar, BorderLayout.NORTH);
        getContentPane().add(vertical, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        // 1600 x 950, or the screen's usable area when it is smaller.
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(1600, screen.width), Math.min(950, screen.height));
        setLocationRelativeTo(null);
        keyboardHome = KeyboardHome.install(this, () -> diagramView.getGraphControl());
        actions.bindTo(getRootPane());
    }

    /**
     * The simulation's timer stops only when the window really goes away: presentation mode
     * disposes the frame to change its decorations and shows it again, and must not stop the clock.
     */
    @Override
    public void dispose() {
        if (!switchingScreenMode) {
            driver.stop();
            playbackBar.stop();
            keyboardHome.uninstall();
            work.stop();
        }
        super.dispose();
    }

    void export(String format) {
        new ExportDialog(this, driver, files, themes.dark(), format, statusBar::tell).setVisible(true);
    }

    /** Quit: asks first when the run has unsaved changes (Cancel keeps everything as it is). */
    void quit() {
        work.quit(files::saveRun);
    }

    /** The app's session (not a test's window): offers back the last session's unsaved run, keeps this one's. */
    public void keepWorkForRecovery() {
        work.keepForRecovery(ConfigFolder.recoveryFile());
    }

    private boolean lessonRunning() {
        return lessonPlayer != null && lessonPlayer.active();
    }

    void undo() {
        String done = faultUndo.undo();
        playbackBar.tell(done == null ? "Nothing to undo." : done);
    }

    TrafficLayer traffic() {
        return traffic;
    }

    void showLegend(boolean on) {
        centre.showLegend(on);
    }

    // ---- wiring ------------------------------------------------------------------------------

    private void bindToSimulation() {
        driver.setErrorHandler(e -> SafetyNet.simulationStopped(this, e));
        DiagramController.install(diagramView, driver, this::select);
        narrateFollowedRequests();
        driver.addFrameListener(this);
        driver.addFrameListener(playbackBar);
        driver.addFrameListener(traffic);
        driver.addFrameListener(eventLog);
        driver.addFrameListener(statusBar);
        driver.addFrameListener(lessonPlayer);
    }

    /** A followed request's hops are told in the event log, at the simulated time they happen. */
    private void narrateFollowedRequests() {
        traffic.follower().setNarrator(line -> eventLog.note(driver.simulation().now(), line));
    }

    private void select(String id) {
        sideTabs.get().inspector().select(id);
        diagram.graph().setSelectionCell(diagram.cellOf(id));
    }

    /** A new topology (a file, a stage): a new diagram for it. */
    private void replaceDiagram(Topology topology) {
        driver.removeFrameListener(traffic);
        diagram = new Diagram(topology, diagram.theme());
        traffic = new TrafficLayer(diagram);
        traffic.setReducedMotion(actions.reducedMotion.on());
        traffic.setShowSpofs(actions.spofMarks.on());
        traffic.setShowCounters(actions.counters.on());
        narrateFollowedRequests();
        diagramView = new DiagramView(diagram, traffic);
        DiagramController.install(diagramView, driver, this::select);
        driver.addFrameListener(traffic);
        centre.replaceDiagram(diagramView);
        setTitle("InfraViz — " + topology.title());
        menus.showStage(topology);
        traffic.frame(driver.simulation(), List.of(), true);
        SwingUtilities.invokeLater(diagramView::zoomToFit);
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        if (sim.topology() != diagram.topology()) {
            replaceDiagram(sim.topology());
        }
        diagram.show(DiagramState.of(sim));
        diagramView.getGraphControl().repaint();
    }

    // ---- view modes --------------------------------------------------------------------------

    public void setDark(boolean on) {
        themes.rememberDark(on);
        actions.dark.show(on);
        Themes.switchTo(on, presentation);
        diagram.setTheme(on ? DiagramTheme.DARK : DiagramTheme.LIGHT);
        diagramView.applyTheme();
        chartsPanel.ifBuilt(c -> c.applyTheme(diagram.theme()));
        SwingUtilities.invokeLater(diagramView::refit);
    }

    public boolean presentation() {
        return presentation;
    }

    /** Full screen, large type, the diagram alone; the side panels stay available with F9 and F12. */
    public void setPresentation(boolean on) {
        if (on == presentation) {
            return;
        }
        presentation = on;
        actions.presentation.show(on);
        switchingScreenMode = true;
        try {
            dispose();
        } finally {
            switchingScreenMode = false;
        }
        setUndecorated(on);
        Themes.switchTo(themes.dark(), on);
        actions.sidePanel.set(!on);
        actions.bottomPanel.set(!on && !lessonRoom.stripHidden());
        if (on) {
            screenBounds.fullScreen(this);
        } else {
            screenBounds.windowed(this);
        }
        setVisible(true);
        SwingUtilities.invokeLater(diagramView::refit);
    }

    void showSidePanel(boolean show) {
        actions.sidePanel.show(show);
        sideTabs.setVisible(show);
        reopen(show, mainSplit);
    }

    void showBottomPanel(boolean show) {
        actions.bottomPanel.show(show);
        bottomSplit.setVisible(show);
        reopen(show, vertical);
    }

    /** After a panel is shown again, gives it its room back (see {@link Dividers}) and refits the diagram. */
    private void reopen(boolean show, JSplitPane split) {
        revalidate();
        SwingUtilities.invokeLater(() -> {
            if (show) {
                Dividers.makeRoomForPanel(split);
            }
            diagramView.refit();
        });
    }

    // ---- for tests ---------------------------------------------------------------------------

    /** Design mode (View > Design): draw a design, run it. */
    DesignMode design() {
        return designMode;
    }

    public SimulationDriver driver() {
        return driver;
    }

    public DiagramView diagramView() {
        return diagramView;
    }

    public EventLogPanel eventLog() {
        return eventLogPanel.get();
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public LessonPanel lessons() {
        return sideTabs.get().lessons();
    }

    public LessonPlayer lessonPlayer() {
        return lessonPlayer;
    }

    javax.swing.JTabbedPane sidePanel() {
        return sideTabs.get();
    }

    JComponent bottomPanel() {
        return bottomSplit;
    }

    ChartsPanel charts() {
        return chartsPanel.get();
    }

    /** True once the parts built after the first frame are there. */
    boolean complete() {
        return sideTabs.built() && chartsPanel.built() && eventLogPanel.built();
    }

    /** The stage the Stage menu marks. */
    String stageShown() {
        return menus.stageShown();
    }

    /**
     * Opens a window on a topology with settings, traffic flowing, its diagram made elsewhere
     * meanwhile (the app's start) or by itself ({@link FirstDiagram#none()}). EDT only.
     */
    public static MainFrame open(Topology topology, SimulationSettings settings, Themes themes, FirstDiagram first) {
        SimulationDriver driver = new SimulationDriver(topology, settings, 1);
        MainFrame frame = new MainFrame(driver, themes, first);
        Deferred.buildAfterFirstPaint(frame.diagramView, List.of(frame.sideTabs, frame.chartsPanel, frame.eventLogPanel),
                () -> WarmUp.exportJson(driver.moment()));
        frame.setVisible(true);
        frame.bottomSplit.setDividerLocation(0.64);
        driver.play();
        driver.start();
        SwingUtilities.invokeLater(frame.diagramView::zoomToFit);
        return frame;
    }
}
