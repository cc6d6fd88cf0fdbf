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
    private final JCheckBoxMenuItem spofMenuItem = new JCheckBoxMenuItem("Mark single points of failure");
    private final ComponentsPanel componentsPanel;
    private final EventLogPanel eventLogPanel = new EventLogPanel();
    private final ChartsPanel chartsPanel;
    private final StatusBar statusBar;
    private final JTabbedPane sideTabs = new JTabbedPane();
    private final LegendBar legendBar = new LegendBar();
    private final JCheckBoxMenuItem legendMenuItem = new JCheckBoxMenuItem("Legend", true);
    private final JSplitPane bottomSplit;
    private final JSplitPane mainSplit;
    private final JButton playButton = new JButton();
    private final JSlider timelineSlider = new JSlider(0, 0, 0);
    private final JLabel timelineLabel = new JLabel();
    private final JLabel speedLabel = new JLabel();
    private final JCheckBoxMenuItem darkMenuItem = new JCheckBoxMenuItem("Dark theme");
    private final JCheckBoxMenuItem presentationMenuItem = new JCheckBoxMenuItem("Presentation mode");
    private final JCheckBoxMenuItem reducedMotionMenuItem = new JCheckBoxMenuItem("Reduced motion");
    private final JCheckBoxMenuItem sidePanelMenuItem = new JCheckBoxMenuItem("Side panel", true);
    private final JCheckBoxMenuItem bottomPanelMenuItem = new JCheckBoxMenuItem("Charts and event log", true);
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
        initActions();
        initComponents();
        initMenus();
        bindToSimulation();
        chartsPanel.applyTheme(diagram.theme());
    }

    private void initComponents() {
        setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        setIconImage(new FlatSVGIcon("icons/arrows-split-2.svg", 64, 64).getImage());
        sideTabs.addTab("Controls", new FittedScrollPane(controlsPanel));
        sideTabs.addTab("Inspector", new FittedScrollPane(inspectorPanel));
        sideTabs.addTab("Components", componentsPanel);
        sideTabs.addTab("Lesson", lessonPanel);
        sideTabs.addTab("Issues", new FittedScrollPane(issuesPanel));
        sideTabs.addTab("Security", new FittedScrollPane(securityPanel));
        sideTabs.setPreferredSize(new Dimension(360, 400));
        sideTabs.setMinimumSize(new Dimension(340, 0));
        centre.setMinimumSize(new Dimension(400, 0));

        centre.add(diagramView, BorderLayout.CENTER);
        JPanel under = new JPanel(new BorderLayout());
        under.add(lessonPlayer, BorderLayout.NORTH);
        under.add(legendBar, BorderLayout.SOUTH);
        centre.add(under, BorderLayout.SOUTH);
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
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                driver.stop();
            }
        });
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
        bar.add(new JLabel("Click a part to kill it, click again to revive; right-click for more.  "));
        return bar;
    }

    private JPanel timelineBar() {
        JPanel p = new JPanel(new MigLayout("insets 2 10 4 10", "[][grow,fill][]"));
        p.add(new JLabel("Timeline"));
        timelineSlider.getAccessibleContext().setAccessibleName("Timeline");
        timelineSlider.setToolTipText("Drag back to see what happened; press Play to resume from there");
        timelineSlider.addChangeListener(e -> {
            if (!timelineUpdating) {
                driver.seek(timelineSlider.getValue() * 100_000L);
            }
        });
        p.add(timelineSlider);
        p.add(timelineLabel, "w 260!");
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

    private void initActions() {
        playAction = action("Pause", "SPACE", e -> driver.togglePlay());
        stepAction = action("Step", "RIGHT", e -> driver.step());
        stepBackAction = action("Step back", "LEFT", e -> driver.stepBack());
        fasterAction = action("Faster", "CLOSE_BRACKET", e -> driver.setSpeed(driver.speed() * 2));
        slowerAction = action("Slower", "OPEN_BRACKET", e -> driver.setSpeed(driver.speed() / 2));
        resetAction = action("Reset", "ctrl R", e -> driver.reset());
    }

    private Action action(String name, String key, Consumer<ActionEvent> body) {
        AbstractAction a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.accept(e);
            }
        };
        if (key != null) {
            a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(key));
            a.putValue(Action.SHORT_DESCRIPTION, name + " (" + key.replace("ctrl ", "Ctrl+") + ")");
        }
        return a;
    }

    private void initMenus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(menuItem("Open...", "ctrl O", e -> files.open()));
        file.add(menuItem("Save run as...", "ctrl S", e -> files.saveRun()));
        file.add(menuItem("Save topology as...", null, e -> files.saveTopology()));
        file.addSeparator();
        file.add(menuItem("Export as PNG...", "ctrl E", e -> new ExportDialog(this, driver, files, themes.dark(), "PNG").setVisible(true)));
        file.add(menuItem("Export as SVG...", null, e -> new ExportDialog(this, driver, files, themes.dark(), "SVG").setVisible(true)));
        file.addSeparator();
        file.add(menuItem("Quit", "ctrl Q", e -> dispose()));
        JMenu view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        darkMenuItem.setSelected(themes.dark());
        darkMenuItem.setAccelerator(KeyStroke.getKeyStroke("ctrl D"));
        darkMenuItem.addActionListener(e -> setDark(darkMenuItem.isSelected()));
        presentationMenuItem.setAccelerator(KeyStroke.getKeyStroke("F11"));
        presentationMenuItem.addActionListener(e -> setPresentation(presentationMenuItem.isSelected()));
        reducedMotionMenuItem.setSelected(themes.reducedMotion());
        reducedMotionMenuItem.addActionListener(e -> {
            themes.rememberReducedMotion(reducedMotionMenuItem.isSelected());
            traffic.setReducedMotion(reducedMotionMenuItem.isSelected());
        });
        sidePanelMenuItem.setAccelerator(KeyStroke.getKeyStroke("F9"));
        sidePanelMenuItem.addActionListener(e -> showSidePanel(sidePanelMenuItem.isSelected()));
        bottomPanelMenuItem.setAccelerator(KeyStroke.getKeyStroke("F10"));
        bottomPanelMenuItem.addActionListener(e -> showBottomPanel(bottomPanelMenuItem.isSelected()));
        legendMenuItem.addActionListener(e -> legendBar.setVisible(legendMenuItem.isSelected()));
        JMenu stages = new JMenu("Stage");
        javax.swing.ButtonGroup stageGroup = new javax.swing.ButtonGroup();
        for (io.infraviz.scenario.Stages stage : io.infraviz.scenario.Stages.values()) {
            javax.swing.JRadioButtonMenuItem item = new javax.swing.JRadioButtonMenuItem(stage.title());
            item.setSelected(stage.code().equals(driver.simulation().topology().name()));
            item.addActionListener(e -> driver.load(stage.topology(), driver.simulation().settings()));
            stageGroup.add(item);
            stages.add(item);
        }
        view.add(stages);
        view.addSeparator();
        view.add(darkMenuItem);
        view.add(presentationMenuItem);
        view.add(reducedMotionMenuItem);
        view.addSeparator();
        spofMenuItem.setAccelerator(KeyStroke.getKeyStroke("ctrl I"));
        spofMenuItem.addActionListener(e -> traffic.setShowSpofs(spofMenuItem.isSelected()));
        view.add(spofMenuItem);
        view.add(legendMenuItem);
        view.add(sidePanelMenuItem);
        view.add(bottomPanelMenuItem);
        JMenu simulation = new JMenu("Simulation");
        simulation.setMnemonic(KeyEvent.VK_S);
        simulation.add(new JMenuItem(playAction));
        simulation.add(new JMenuItem(stepAction));
        simulation.add(new JMenuItem(stepBackAction));
        simulation.addSeparator();
        simulation.add(new JMenuItem(fasterAction));
        simulation.add(new JMenuItem(slowerAction));
        simulation.addSeparator();
        simulation.add(new JMenuItem(resetAction));
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        help.add(menuItem("Keyboard shortcuts", "F1", e -> showShortcuts()));
        help.add(menuItem("About InfraViz", null, e -> JOptionPane.showMessageDialog(this,
                "InfraViz — how a distributed web infrastructure works and fails.\nMIT licence. Icons: Tabler Icons (MIT).",
                "About InfraViz", JOptionPane.INFORMATION_MESSAGE)));
        bar.add(file);
        bar.add(view);
        bar.add(simulation);
        bar.add(help);
        setJMenuBar(bar);
    }

    private JMenuItem menuItem(String name, String key, Consumer<ActionEvent> body) {
        return new JMenuItem(action(name, key, body));
    }

    /** The File menu, for the exporter and file actions added next to Quit. */
    JMenu fileMenu() {
        return getJMenuBar().getMenu(0);
    }

    private void showShortcuts() {
        JOptionPane.showMessageDialog(this, """
                Space       play / pause
                Right       step one hop
                Left        step back one hop
                ]  [        faster / slower
                Ctrl+R      reset
                Ctrl+D      dark theme
                F11         presentation mode
                F9 / F10    side panel / charts and log
                Components tab: Enter kills or revives the selected part,
                Shift+F10 shows every action for it.""", "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    // ---- wiring ------------------------------------------------------------------------------

    private void bindToSimulation() {
        driver.setErrorHandler(e -> {
            e.printStackTrace();
            JOptionPane.showMessageDialog(this, "The simulation stopped on an unexpected problem: " + e.getMessage()
                    + "\nIt is paused; Reset starts over. Details are on the console.", "InfraViz", JOptionPane.ERROR_MESSAGE);
        });
        DiagramController.install(diagramView, driver, this::select);
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
        traffic.setReducedMotion(reducedMotionMenuItem.isSelected());
        traffic.setShowSpofs(spofMenuItem.isSelected());
        diagramView = new DiagramView(diagram, traffic);
        DiagramController.install(diagramView, driver, this::select);
        driver.addFrameListener(traffic);
        centre.add(diagramView, BorderLayout.CENTER);
        centre.revalidate();
        setTitle("InfraViz — " + topology.title());
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

    public void setDark(boolean dark) {
        themes.rememberDark(dark);
        darkMenuItem.setSelected(dark);
        Themes.switchTo(dark, presentation);
        diagram.setTheme(dark ? DiagramTheme.DARK : DiagramTheme.LIGHT);
        diagramView.applyTheme();
        chartsPanel.applyTheme(diagram.theme());
        SwingUtilities.invokeLater(diagramView::zoomToFit);
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
        presentationMenuItem.setSelected(on);
        dispose();
        setUndecorated(on);
        Themes.switchTo(themes.dark(), on);
        // The diagram gets the whole screen; F9 and F10 bring the panels back.
        showSidePanel(!on);
        showBottomPanel(!on);
        if (on) {
            setExtendedState(Frame.MAXIMIZED_BOTH);
        } else {
            setExtendedState(Frame.NORMAL);
            setSize(defaultSize());
        }
        setVisible(true);
        driver.start();
        SwingUtilities.invokeLater(diagramView::zoomToFit);
    }

    private void showSidePanel(boolean show) {
        sidePanelMenuItem.setSelected(show);
        sideTabs.setVisible(show);
        mainSplit.resetToPreferredSizes();
        SwingUtilities.invokeLater(diagramView::zoomToFit);
    }

    private void showBottomPanel(boolean show) {
        bottomPanelMenuItem.setSelected(show);
        bottomSplit.setVisible(show);
        revalidate();
        SwingUtilities.invokeLater(diagramView::zoomToFit);
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
