package io.infraviz.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.SimEvent;
import io.infraviz.sim.Simulation;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.Consumer;

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
    private final JPanel centre = new JPanel(new BorderLayout());
    private final ControlsPanel controlsPanel;
    private final InspectorPanel inspectorPanel = new InspectorPanel(this::showLesson);
    private final SecurityPanel securityPanel = new SecurityPanel();
    private final IssuesPanel issuesPanel = new IssuesPanel(spofs -> traffic.setSpofs(spofs));
    private final ComponentsPanel componentsPanel;
    private final EventLogPanel eventLogPanel = new EventLogPanel();
    private final ChartsPanel chartsPanel;
    private final StatusBar statusBar;
    private final JTabbedPane sideTabs = new JTabbedPane();
    private final LegendBar legendBar = new LegendBar();
    private final JSplitPane bottomSplit;
    private final JSplitPane mainSplit;
    private final JButton playButton = new JButton();
    private final JSlider timelineSlider = new JSlider(0, 0, 0);
    private final JLabel timelineLabel = new JLabel();
    private final JLabel speedLabel = new JLabel();
    private final JLabel hintLabel = new JLabel(HINT);
    private final javax.swing.Timer hintReset = new javax.swing.Timer(6000, e -> hintLabel.setText(HINT));
    private static final String HINT = "Click a part to kill it, click again to revive; right-click for more.  ";
    private final List<javax.swing.JRadioButtonMenuItem> stageItems = new java.util.ArrayList<>();
    /** The bottom strip was hidden to make room for a lesson on a short window (shown again after). */
    private boolean bottomHiddenForLesson;
    private boolean switchingScreenMode;
    private final FileActions files;
    private final LessonPlayer lessonPlayer;
    private final LessonPanel lessonPanel;
    private boolean presentation;
    private final FlatSVGIcon playIcon = icon("player-play");
    private final FlatSVGIcon pauseIcon = icon("player-pause");
    private boolean showingPause = true;
    private boolean timelineUpdating;
    private long lastTimelineRefresh;

    public MainFrame(SimulationDriver driver, Themes themes) {
        super("InfraViz — " + driver.simulation().topology().title());
        this.driver = driver;
        this.themes = themes;
        this.diagram = new Diagram(driver.simulation().topology(), themes.dark() ? DiagramTheme.DARK : DiagramTheme.LIGHT);
        this.traffic = new TrafficLayer(diagram);
        this.traffic.setReducedMotion(themes.reducedMotion());
        this.diagramView = new DiagramView(diagram, traffic);
        this.controlsPanel = new ControlsPanel(driver);
        this.componentsPanel = new ComponentsPanel(driver, this::select);
        this.chartsPanel = new ChartsPanel(driver);
        this.statusBar = new StatusBar(driver);
        this.bottomSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chartsPanel, eventLogPanel);
        this.mainSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT);
        this.files = new FileActions(this, driver);
        this.lessonPlayer = new LessonPlayer(driver, () -> diagram);
        this.lessonPanel = new LessonPanel(lessonPlayer, files);
        this.hintReset.setRepeats(false);
        initActions();
        initComponents();
        initMenus();
        bindToSimulation();
        chartsPanel.applyTheme(diagram.theme());
    }

    private void initComponents() {
        setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        setIconImage(new FlatSVGIcon("icons/arrows-split-2.svg", 64, 64).getImage());
        sideTabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        sideTabs.addTab("Controls", new FittedScrollPane(controlsPanel));
        sideTabs.addTab("Inspector", new FittedScrollPane(inspectorPanel));
        sideTabs.addTab("Components", componentsPanel);
        sideTabs.addTab("Lesson", lessonPanel);
        sideTabs.addTab("Issues", new FittedScrollPane(issuesPanel));
        sideTabs.addTab("Security", new FittedScrollPane(securityPanel));
        sideTabs.setPreferredSize(new Dimension(360, 400));
        sideTabs.setMinimumSize(new Dimension(340, 0));
        centre.setMinimumSize(new Dimension(400, 0));

        FittedScrollPane lessonArea = new FittedScrollPane(lessonPlayer);
        lessonArea.setVisible(false);
        lessonPlayer.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentShown(java.awt.event.ComponentEvent e) {
                lessonArea.setVisible(true);
                makeRoomForLesson(true);
            }

            @Override
            public void componentHidden(java.awt.event.ComponentEvent e) {
                lessonArea.setVisible(false);
                makeRoomForLesson(false);
            }
        });
        centre.setLayout(new DiagramFirstLayout(lessonArea, legendBar));
        centre.add(diagramView);
        centre.add(lessonArea);
        centre.add(legendBar);
        mainSplit.setLeftComponent(centre);
        mainSplit.setRightComponent(sideTabs);
        mainSplit.setResizeWeight(1);

        bottomSplit.setResizeWeight(0.62);
        bottomSplit.setPreferredSize(new Dimension(1200, 200));
        bottomSplit.setMinimumSize(new Dimension(0, 160));
        JSplitPane vertical = new JSplitPane(JSplitPane.VERTICAL_SPLIT, mainSplit, bottomSplit);
        vertical.setResizeWeight(1);

        JPanel top = new JPanel(new BorderLayout());
        top.add(toolBar(), BorderLayout.NORTH);
        top.add(timelineBar(), BorderLayout.SOUTH);

        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(top, BorderLayout.NORTH);
        getContentPane().add(vertical, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        setSize(defaultSize());
        setLocationRelativeTo(null);
        // Key bindings work only when a component inside has the focus, not the frame itself (as
        // after a dialog closes): give it to the diagram then, so shortcuts always answer.
        addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(java.awt.event.WindowEvent e) {
                SwingUtilities.invokeLater(() -> {
                    java.awt.Component owner = getFocusOwner();
                    if (owner == null || owner == MainFrame.this || owner == getRootPane()) {
                        diagramView.getGraphControl().requestFocusInWindow();
                    }
                });
            }
        });
        Shortcuts.bind(getRootPane(), playAction);
        for (Action a : List.of(playAction, stepAction, stepBackAction, fasterAction, slowerAction, resetAction, undoAction,
                openAction, saveRunAction, exportPngAction, quitAction, helpAction, leavePresentationAction,
                dark, presentationToggle, sidePanel, bottomPanel, spofMarks, counters, zoomFitAction, zoomInAction,
                zoomOutAction, largerTextAction, smallerTextAction, followAction)) {
            Shortcuts.bind(getRootPane(), a);
        }
    }

    /**
     * The simulation's timer stops only when the window really goes away: presentation mode
     * disposes the frame to change its decorations and shows it again, and must not stop the clock.
     */
    @Override
    public void dispose() {
        if (!switchingScreenMode) {
            driver.stop();
            hintReset.stop();
        }
        super.dispose();
    }

    /** On a short window a lesson takes the bottom strip's room (the charts come back after it). */
    private void makeRoomForLesson(boolean lesson) {
        if (lesson && bottomPanel.on() && getHeight() < 900) {
            bottomHiddenForLesson = true;
            bottomPanel.set(false);
        } else if (!lesson && bottomHiddenForLesson) {
            bottomHiddenForLesson = false;
            bottomPanel.set(!presentation);
        }
        centre.revalidate();
    }

    /** 1600 x 950, or the screen's usable area when it is smaller. */
    private static Dimension defaultSize() {
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return new Dimension(Math.min(1600, screen.width), Math.min(950, screen.height));
    }

    private JToolBar toolBar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button(stepBackAction, "player-track-prev"));
        playButton.setAction(playAction);
        playButton.setIcon(icon("player-pause"));
        bar.add(playButton);
        bar.add(button(stepAction, "player-track-next"));
        bar.addSeparator();
        bar.add(button(slowerAction, null));
        speedLabel.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 6, 0, 6));
        bar.add(speedLabel);
        bar.add(button(fasterAction, null));
        bar.addSeparator();
        bar.add(button(resetAction, "refresh"));
        bar.add(javax.swing.Box.createHorizontalGlue());
        bar.add(hintLabel);
        return bar;
    }

    private JPanel timelineBar() {
        JPanel p = new JPanel(new MigLayout("insets 2 10 4 10", "[][grow,fill][]"));
        p.add(new JLabel("Timeline"));
        timelineSlider.getAccessibleContext().setAccessibleName("Timeline");
        timelineSlider.setToolTipText("Drag back to see what happened; press Play to resume from there");
        timelineSlider.setFocusable(false);
        timelineSlider.addChangeListener(e -> {
            if (!timelineUpdating) {
                driver.seek(timelineSlider.getValue() * 100_000L);
            }
        });
        p.add(timelineSlider);
        p.add(timelineLabel, "w 200:340:");
        return p;
    }

    private JButton button(Action a, String iconName) {
        JButton b = new JButton(a);
        if (iconName != null) {
            b.setIcon(icon(iconName));
        }
        b.setFocusable(false);
        return b;
    }

    private static FlatSVGIcon icon(String name) {
        return new FlatSVGIcon("icons/" + name + ".svg", 18, 18)
                .setColorFilter(new FlatSVGIcon.ColorFilter(c -> javax.swing.UIManager.getColor("Label.foreground")));
    }

    // ---- actions -----------------------------------------------------------------------------

    private Action playAction;
    private Action stepAction;
    private Action stepBackAction;
    private Action fasterAction;
    private Action slowerAction;
    private Action resetAction;
    private Action undoAction;
    private Action openAction;
    private Action saveRunAction;
    private Action exportPngAction;
    private Action quitAction;
    private Action helpAction;
    private Action leavePresentationAction;
    private Shortcuts.Toggle dark;
    private Shortcuts.Toggle presentationToggle;
    private Shortcuts.Toggle reducedMotion;
    private Shortcuts.Toggle sidePanel;
    private Shortcuts.Toggle bottomPanel;
    private Shortcuts.Toggle spofMarks;
    private Shortcuts.Toggle legend;
    private Shortcuts.Toggle counters;
    private Action zoomFitAction;
    private Action zoomInAction;
    private Action zoomOutAction;
    private Action largerTextAction;
    private Action smallerTextAction;
    private Action followAction;

    private void initActions() {
        playAction = Shortcuts.action("Pause", "SPACE", e -> driver.togglePlay());
        stepAction = Shortcuts.action("Step", "RIGHT", e -> driver.step());
        stepBackAction = Shortcuts.action("Step back", "LEFT", e -> driver.stepBack());
        fasterAction = Shortcuts.action("Faster", "CLOSE_BRACKET", e -> driver.setSpeed(driver.speed() * 2));
        slowerAction = Shortcuts.action("Slower", "OPEN_BRACKET", e -> driver.setSpeed(driver.speed() / 2));
        resetAction = Shortcuts.action("Reset", "ctrl R", e -> driver.reset());
        undoAction = Shortcuts.action("Undo last fault", "ctrl Z", e -> undo());
        openAction = Shortcuts.action("Open...", "ctrl O", e -> files.open());
        saveRunAction = Shortcuts.action("Save run as...", "ctrl S", e -> files.saveRun());
        exportPngAction = Shortcuts.action("Export as PNG...", "ctrl E", e -> export("PNG"));
        quitAction = Shortcuts.action("Quit", "ctrl Q", e -> dispose());
        helpAction = Shortcuts.action("Keyboard shortcuts", "F1", e -> showShortcuts());
        leavePresentationAction = Shortcuts.action("Leave presentation mode", "ESCAPE", e -> {
            if (presentation) {
                setPresentation(false);
            }
        });
        dark = Shortcuts.toggle("Dark theme", "ctrl D", themes.dark(), this::setDark);
        presentationToggle = Shortcuts.toggle("Presentation mode", "F11", false, this::setPresentation);
        reducedMotion = Shortcuts.toggle("Reduced motion", null, themes.reducedMotion(), on -> {
            themes.rememberReducedMotion(on);
            traffic.setReducedMotion(on);
        });
        sidePanel = Shortcuts.toggle("Side panel", "F9", true, this::showSidePanel);
        bottomPanel = Shortcuts.toggle("Charts and event log", "F12", true, this::showBottomPanel);
        spofMarks = Shortcuts.toggle("Mark single points of failure", "ctrl I", false, on -> traffic.setShowSpofs(on));
        counters = Shortcuts.toggle("Counters on the diagram", "ctrl K", false, on -> traffic.setShowCounters(on));
        zoomFitAction = Shortcuts.action("Zoom to fit", "ctrl 0", e -> diagramView.zoomToFit());
        zoomInAction = Shortcuts.action("Zoom in", "ctrl EQUALS", e -> diagramView.zoomIn());
        zoomOutAction = Shortcuts.action("Zoom out", "ctrl MINUS", e -> diagramView.zoomOut());
        largerTextAction = Shortcuts.action("Larger text", "ctrl shift EQUALS", e -> diagramView.setLabelScale(diagramView.labelScale() + 0.2));
        smallerTextAction = Shortcuts.action("Smaller text", "ctrl shift MINUS", e -> diagramView.setLabelScale(diagramView.labelScale() - 0.2));
        followAction = Shortcuts.action("Follow the next request", "ctrl F", e -> traffic.follower().followNextRequest());
        legend = Shortcuts.toggle("Legend", null, true, on -> {
            legendBar.setVisible(on);
            centre.revalidate();
        });
    }

    private void export(String format) {
        new ExportDialog(this, driver, files, themes.dark(), format).setVisible(true);
    }

    private void undo() {
        String done = driver.undo();
        hintLabel.setText((done == null ? "Nothing to undo." : done) + "  ");
        hintReset.restart();
    }

    private void initMenus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", KeyEvent.VK_F, openAction, saveRunAction,
                Shortcuts.action("Save topology as...", null, e -> files.saveTopology()), null,
                exportPngAction, Shortcuts.action("Export as SVG...", null, e -> export("SVG")), null, quitAction);
        JMenu stages = new JMenu("Stage");
        javax.swing.ButtonGroup stageGroup = new javax.swing.ButtonGroup();
        for (io.infraviz.scenario.Stages stage : io.infraviz.scenario.Stages.values()) {
            javax.swing.JRadioButtonMenuItem item = new javax.swing.JRadioButtonMenuItem(stage.title());
            item.putClientProperty("stage", stage.code());
            item.addActionListener(e -> driver.load(stage.topology(), driver.settings()));
            stageGroup.add(item);
            stages.add(item);
            stageItems.add(item);
        }
        showStage(driver.simulation().topology());
        JMenu view = menu("View", KeyEvent.VK_V, dark, presentationToggle, reducedMotion, null,
                zoomFitAction, zoomInAction, zoomOutAction, largerTextAction, smallerTextAction, null,
                spofMarks, counters, legend, sidePanel, bottomPanel);
        view.insert(stages, 0);
        view.insertSeparator(1);
        JMenu simulation = menu("Simulation", KeyEvent.VK_S, playAction, stepAction, stepBackAction, null,
                fasterAction, slowerAction, followAction, null, undoAction, resetAction);
        JMenu help = menu("Help", KeyEvent.VK_H, helpAction, Shortcuts.action("About InfraViz", null, e -> JOptionPane.showMessageDialog(this,
                "InfraViz — how a distributed web infrastructure works and fails.\nMIT licence. Icons: Tabler Icons (MIT).",
                "About InfraViz", JOptionPane.INFORMATION_MESSAGE)));
        bar.add(file);
        bar.add(view);
        bar.add(simulation);
        bar.add(help);
        setJMenuBar(bar);
    }

    /** A menu of actions (null: a separator); items show their keys, the root pane owns them. */
    private static JMenu menu(String name, int mnemonic, Action... actions) {
        JMenu m = new JMenu(name);
        m.setMnemonic(mnemonic);
        for (Action a : actions) {
            if (a == null) {
                m.addSeparator();
            } else {
                m.add(Shortcuts.menuItem(a));
            }
        }
        return m;
    }

    /** The Stage menu marks the stage that is running, whoever loaded it (a lesson, a file, the menu). */
    private void showStage(Topology topology) {
        for (javax.swing.JRadioButtonMenuItem item : stageItems) {
            item.setSelected(topology.name().equals(item.getClientProperty("stage")));
        }
    }

    /** The File menu, for the exporter and file actions added next to Quit. */
    JMenu fileMenu() {
        return getJMenuBar().getMenu(0);
    }

    private void showShortcuts() {
        StringBuilder b = new StringBuilder();
        for (Action a : List.of(playAction, stepAction, stepBackAction, fasterAction, slowerAction, undoAction, resetAction,
                followAction, openAction, saveRunAction, exportPngAction, dark, presentationToggle, leavePresentationAction,
                zoomFitAction, zoomInAction, zoomOutAction, largerTextAction, smallerTextAction, sidePanel,
                bottomPanel, spofMarks, counters, helpAction, quitAction)) {
            b.append(String.format("%-12s %s%n", Shortcuts.text((KeyStroke) a.getValue(Action.ACCELERATOR_KEY)),
                    a.getValue(Action.NAME)));
        }
        b.append("""
                Components tab: Enter kills or revives the selected part,
                Shift+F10 shows every action for it.""");
        javax.swing.JTextArea text = new javax.swing.JTextArea(b.toString());
        text.setEditable(false);
        text.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, text.getFont().getSize()));
        JOptionPane.showMessageDialog(this, text, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    // ---- wiring ------------------------------------------------------------------------------

    private void bindToSimulation() {
        driver.setErrorHandler(e -> {
            e.printStackTrace();
            JOptionPane.showMessageDialog(this, "The simulation stopped on an unexpected problem: " + e.getMessage()
                    + "\nIt is paused; Reset starts over. Details are on the console.", "InfraViz", JOptionPane.ERROR_MESSAGE);
        });
        DiagramController.install(diagramView, driver, this::select);
        narrateFollowedRequests();
        driver.addFrameListener(this);
        driver.addFrameListener(traffic);
        driver.addFrameListener(controlsPanel);
        driver.addFrameListener(inspectorPanel);
        driver.addFrameListener(componentsPanel);
        driver.addFrameListener(eventLogPanel);
        driver.addFrameListener(chartsPanel);
        driver.addFrameListener(statusBar);
        driver.addFrameListener(securityPanel);
        driver.addFrameListener(issuesPanel);
        driver.addFrameListener(lessonPlayer);
    }

    /** A followed request's hops are told in the event log, at the simulated time they happen. */
    private void narrateFollowedRequests() {
        traffic.follower().setNarrator(line -> eventLogPanel.note(driver.simulation().now(), line));
    }

    /** "Show me": starts the built-in lesson and shows the lesson tab. */
    private void showLesson(String name) {
        lessonPanel.start(name);
    }

    private void select(String id) {
        inspectorPanel.select(id);
        diagram.graph().setSelectionCell(diagram.cellOf(id));
    }

    /** A new topology (a file, a stage): a new diagram for it. */
    private void replaceDiagram(Topology topology) {
        driver.removeFrameListener(traffic);
        centre.remove(diagramView);
        diagram = new Diagram(topology, diagram.theme());
        traffic = new TrafficLayer(diagram);
        traffic.setReducedMotion(reducedMotion.on());
        traffic.setShowSpofs(spofMarks.on());
        traffic.setShowCounters(counters.on());
        narrateFollowedRequests();
        diagramView = new DiagramView(diagram, traffic);
        DiagramController.install(diagramView, driver, this::select);
        driver.addFrameListener(traffic);
        centre.add(diagramView, 0);
        centre.revalidate();
        setTitle("InfraViz — " + topology.title());
        showStage(topology);
        traffic.frame(driver.simulation(), List.of(), true);
        SwingUtilities.invokeLater(diagramView::zoomToFit);
    }

    @Override
    public void frame(Simulation sim, List<SimEvent> events, boolean rebuilt) {
        if (sim.topology() != diagram.topology()) {
            replaceDiagram(sim.topology());
        }
        diagram.show(DiagramState.of(sim));
        diagramView.getGraphControl().repaint();
        boolean playing = driver.playing();
        playAction.putValue(Action.NAME, playing ? "Pause" : driver.inThePast() ? "Resume from here" : "Play");
        if (playing != showingPause) {
            showingPause = playing;
            playButton.setIcon(playing ? pauseIcon : playIcon);
        }
        speedLabel.setText(ControlsPanel.formatSpeed(driver.speed()));
        refreshTimeline(sim, rebuilt);
    }

    private void refreshTimeline(Simulation sim, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastTimelineRefresh < 200_000_000L) {
            return;
        }
        lastTimelineRefresh = now;
        if (timelineSlider.getValueIsAdjusting()) {
            return;
        }
        timelineUpdating = true;
        try {
            timelineSlider.setMinimum((int) (driver.historyStartUs() / 100_000));
            timelineSlider.setMaximum((int) (driver.headUs() / 100_000));
            timelineSlider.setValue((int) (sim.now() / 100_000));
        } finally {
            timelineUpdating = false;
        }
        timelineLabel.setText(driver.inThePast()
                ? "Past: " + EventLogPanel.clock(sim.now()) + " of " + EventLogPanel.clock(driver.headUs()) + " (Play resumes here)"
                : "Live: " + EventLogPanel.clock(sim.now()));
    }

    // ---- view modes --------------------------------------------------------------------------

    public void setDark(boolean on) {
        themes.rememberDark(on);
        dark.show(on);
        Themes.switchTo(on, presentation);
        diagram.setTheme(on ? DiagramTheme.DARK : DiagramTheme.LIGHT);
        diagramView.applyTheme();
        chartsPanel.applyTheme(diagram.theme());
        SwingUtilities.invokeLater(diagramView::refit);
    }

    public boolean presentation() {
        return presentation;
    }

    /** Full screen, large type, the diagram alone; the side panels stay available with F9 and F10. */
    public void setPresentation(boolean on) {
        if (on == presentation) {
            return;
        }
        presentation = on;
        presentationToggle.show(on);
        switchingScreenMode = true;
        try {
            dispose();
        } finally {
            switchingScreenMode = false;
        }
        setUndecorated(on);
        Themes.switchTo(themes.dark(), on);
        // The diagram gets the whole screen; F9 and F10 bring the panels back.
        sidePanel.set(!on);
        bottomPanel.set(!on && !bottomHiddenForLesson);
        if (on) {
            // The whole screen, set outright: without a window manager (or under some) maximising does nothing.
            setBounds(getGraphicsConfiguration().getBounds());
            setExtendedState(Frame.MAXIMIZED_BOTH);
        } else {
            setExtendedState(Frame.NORMAL);
            setSize(defaultSize());
        }
        setVisible(true);
        SwingUtilities.invokeLater(diagramView::refit);
    }

    private void showSidePanel(boolean show) {
        sidePanel.show(show);
        sideTabs.setVisible(show);
        mainSplit.resetToPreferredSizes();
        SwingUtilities.invokeLater(diagramView::refit);
    }

    private void showBottomPanel(boolean show) {
        bottomPanel.show(show);
        bottomSplit.setVisible(show);
        revalidate();
        SwingUtilities.invokeLater(diagramView::refit);
    }

    // ---- for tests ---------------------------------------------------------------------------

    public SimulationDriver driver() {
        return driver;
    }

    public DiagramView diagramView() {
        return diagramView;
    }

    public EventLogPanel eventLog() {
        return eventLogPanel;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public LessonPanel lessons() {
        return lessonPanel;
    }

    public LessonPlayer lessonPlayer() {
        return lessonPlayer;
    }

    JComponent sidePanel() {
        return sideTabs;
    }

    JComponent bottomPanel() {
        return bottomSplit;
    }

    ChartsPanel charts() {
        return chartsPanel;
    }

    /** The stage the Stage menu marks. */
    String stageShown() {
        return stageItems.stream().filter(javax.swing.AbstractButton::isSelected)
                .map(i -> (String) i.getClientProperty("stage")).findFirst().orElse("");
    }

    /** Opens a window on a topology with settings, traffic flowing. EDT only. */
    public static MainFrame open(Topology topology, SimulationSettings settings, Themes themes) {
        SimulationDriver driver = new SimulationDriver(topology, settings, 1);
        MainFrame frame = new MainFrame(driver, themes);
        frame.setVisible(true);
        frame.bottomSplit.setDividerLocation(0.64);
        driver.play();
        driver.start();
        SwingUtilities.invokeLater(frame.diagramView::zoomToFit);
        return frame;
    }
}
