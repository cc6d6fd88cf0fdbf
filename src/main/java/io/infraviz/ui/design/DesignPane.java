package io.infraviz.ui.design;

import com.mxgraph.util.mxEvent;
import io.infraviz.model.Design;
import io.infraviz.model.Topology;
import io.infraviz.scenario.DesignCheck;
import io.infraviz.scenario.DesignFile;
import io.infraviz.scenario.ExampleDesigns;
import io.infraviz.scenario.TopologyFile;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Design mode: the palette on the left, the canvas in the middle, on the right what prevents
 * running (choosing a line selects its part) and the selection's properties; a toolbar to run the
 * design, go back, undo, redo, delete, tidy, start afresh and open or save a design file.
 */
public final class DesignPane extends JPanel {
    /** What design mode needs from the window around it. */
    public interface Window {
        /** The topology running in the live view, to start drawing from. */
        Topology live();

        /** Runs a design: back to the live view with it. */
        void run(Topology design);

        /** Back to the live view, the run as it was. */
        void leave();

        /** Whether unsaved changes to the design may go (asks the person; false keeps them). */
        boolean mayDiscard(String before);
    }

    private final DesignEditor editor;
    private final Window window;
    private final Palette palette;
    private final ProblemList problems;
    private final PropertiesPanel properties;
    private final JLabel status = new JLabel(" ");
    private final JLabel verdict = new JLabel();
    final Action run = action("Run ▶", "Run this design in the live view", e -> run());
    final Action undo = action("Undo", "Undo (Ctrl+Z)", e -> editorDo(DesignEditor::undo));
    final Action redo = action("Redo", "Redo (Ctrl+Y)", e -> editorDo(DesignEditor::redo));
    final Action delete = action("Delete", "Delete the selection (Delete)", e -> editorDo(DesignEditor::deleteSelection));
    private Path lastFolder;

    public DesignPane(DesignEditor editor, Window window) {
        super(new BorderLayout());
        this.editor = editor;
        this.window = window;
        editor.onStatus(this::tell);
        this.palette = new Palette(this::armed);
        this.problems = new ProblemList(ids -> {
            if (!ids.isEmpty() && !editor.select(ids)) {
                tell("That part is no longer in the design");
            }
        });
        this.properties = new PropertiesPanel(editor, this::tell);
        status.setName("designStatus");
        verdict.setName("designVerdict");
        add(toolBar(), BorderLayout.NORTH);
        add(new JScrollPane(palette), BorderLayout.WEST);
        JPanel side = new JPanel(new MigLayout("wrap 1, insets 6, fill", "[grow,fill]", "[][grow,fill][]"));
        side.add(verdict);
        side.add(new JScrollPane(problems));
        // not in a scroll pane: the panel takes the side's width, so long ids shorten their fields (a few rows at most)
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, side, properties);
        right.setResizeWeight(0.55);
        JSplitPane centre = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, editor.canvas(), right);
        centre.setResizeWeight(1);
        centre.setDividerLocation(-1);
        right.setPreferredSize(new java.awt.Dimension(320, 400));
        add(centre, BorderLayout.CENTER);
        status.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(status, BorderLayout.SOUTH);
        clickToPlace();
        keys();
        editor.onChange(this::refresh);
        editor.graph().getSelectionModel().addListener(mxEvent.CHANGE, (s, e) -> showSelection());
        refresh();
    }

    private JToolBar toolBar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton runButton = new JButton(run);
        runButton.setName("design.run");
        runButton.putClientProperty("FlatLaf.styleClass", "default");
        bar.add(runButton);
        bar.add(button(action("Back to the live view", "Leave design mode without running it", e -> back()), "design.back"));
        bar.addSeparator();
        bar.add(button(undo, "design.undo"));
        bar.add(button(redo, "design.redo"));
        bar.add(button(delete, "design.delete"));
        bar.add(button(action("Tidy layout", "Place everything with the automatic layout", e -> editor.tidy()),
                "design.tidy"));
        bar.add(button(action("Fit", "Zoom so that the whole design shows", e -> editor.fit()), "design.fit"));
        bar.addSeparator();
        JButton start = button(action("New ▾", "Start from an empty canvas, the live design or an example", e -> { }),
                "design.new");
        start.addActionListener(e -> startMenu().show(start, 0, start.getHeight()));
        bar.add(start);
        bar.add(button(action("Open design...", "Open a design (a topology file)", e -> open()), "design.open"));
        bar.add(button(action("Save design...", "Save the design as a topology file", e -> save()), "design.save"));
        return bar;
    }

    private JPopupMenu startMenu() {
        JPopupMenu m = new JPopupMenu();
        m.add(item("Empty canvas", () -> startFrom(Design.empty())));
        m.add(item("The live design (" + window.live().name() + ")", () -> startFrom(Design.of(window.live()))));
        m.addSeparator();
        for (ExampleDesigns x : ExampleDesigns.values()) {
            m.add(item("Example: " + x.title(), () -> startFrom(Design.of(x.topology()))));
        }
        return m;
    }

    private static JMenuItem item(String text, Runnable r) {
        JMenuItem i = new JMenuItem(text);
        i.addActionListener(e -> r.run());
        return i;
    }

    /** Starts drawing from a design (asks first when the one on the canvas has unsaved changes). */
    public void startFrom(Design d) {
        if (editor.changed() && !window.mayDiscard("starting another design")) {
            return;
        }
        editor.load(d);
        greet();
    }

    /** Says what is on the canvas and how to go on (on entering design mode, too: not the last visit's message). */
    public void greet() {
        Design d = editor.design();
        tell(d.parts().isEmpty() ? "An empty canvas: drag a Server from the palette, then parts into it"
                : "Drawing " + d.name() + ": drag from the middle of a part to another to link them");
    }

    private void run() {
        List<DesignCheck.Problem> now = editor.problems();
        if (!now.isEmpty()) {
            tell("Not yet: " + ProblemList.sentence(now.get(0).text()));
            return;
        }
        window.run(DesignCheck.topology(editor.design()));
    }

    private void back() {
        if (!editor.changed() || window.mayDiscard("leaving design mode")) {
            window.leave();
        }
    }

    private void open() {
        if (editor.changed() && !window.mayDiscard("opening another design")) {
            return;
        }
        Path file = choose(false);
        if (file == null) {
            return;
        }
        try {
            editor.load(DesignFile.read(file));
            tell("Opened " + file.getFileName());
        } catch (TopologyFile.BadTopologyFile e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "This design cannot be opened", JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Saves the design to a file the person chooses; true when saved. */
    public boolean save() {
        Path file = choose(true);
        if (file == null) {
            return false;
        }
        if (!file.getFileName().toString().toLowerCase().endsWith(".json")) {
            file = file.resolveSibling(file.getFileName() + ".json");
        }
        try {
            DesignFile.write(editor.design(), file);
            editor.saved();
            tell("Saved " + file.getFileName() + (editor.problems().isEmpty() ? ""
                    : " (it opens in design mode; it cannot run until the problems are fixed)"));
            return true;
        } catch (IOException e) {
            JOptionPane.showMessageDialog(this, file + ": " + e.getMessage(), "The design was not saved",
                    JOptionPane.ERROR_MESSAGE);
            return false;
        }
    }

    private Path choose(boolean save) {
        JFileChooser chooser = new JFileChooser(lastFolder == null ? null : lastFolder.toFile());
        chooser.setDialogTitle(save ? "Save the design" : "Open a design");
        chooser.setFileFilter(new FileNameExtensionFilter("Design (topology file, *.json)", "json"));
        int answer = save ? chooser.showSaveDialog(this) : chooser.showOpenDialog(this);
        if (answer != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path p = chooser.getSelectedFile().toPath();
        lastFolder = p.toAbsolutePath().getParent();
        return p;
    }

    /** After every change: the problems, whether Run may go, what undo and redo can do. */
    private void refresh() {
        List<DesignCheck.Problem> now = editor.problems();
        problems.show(now);
        run.setEnabled(now.isEmpty());
        verdict.setText(now.isEmpty() ? "Nothing prevents running: press Run"
                : now.size() == 1 ? "1 problem prevents running:" : now.size() + " problems prevent running:");
        undo.setEnabled(editor.canUndo());
        redo.setEnabled(editor.canRedo());
        showSelection();
    }

    private void showSelection() {
        Object[] selected = editor.graph().getSelectionCells();
        properties.show(selected.length == 1 ? selected[0] : null);
    }

    /** A palette tool is armed: the next click on the canvas places it (other gestures wait). */
    private void armed(PartKind kind) {
        DesignCanvas c = editor.canvas();
        boolean free = kind == null;
        c.getGraphHandler().setEnabled(free);
        c.rubberband.setEnabled(free);
        c.setConnectable(free);
        if (!free) {
            tell("Click where the " + kind.title + " goes" + (kind.onInternet() || kind == PartKind.SERVER
                    ? " on the canvas" : ": on a server, or on the canvas for a new server") + " (Escape: cancel)");
        }
    }

    private void clickToPlace() {
        editor.canvas().getGraphControl().addMouseListener(new MouseAdapter() {
            @Override
            public void mouseReleased(MouseEvent e) {
                PartKind kind = palette.armed();
                if (kind != null) {
                    palette.disarm();
                    armed(null);
                    editor.placeAt(kind, e.getPoint());
                }
            }
        });
    }

    private void keys() {
        bind("ctrl Z", "design.undo", undo);
        bind("ctrl Y", "design.redo", redo);
        bind("ctrl shift Z", "design.redo", redo);
        bind("DELETE", "design.delete", delete);
        bind("BACK_SPACE", "design.delete", delete);
        bind("ESCAPE", "design.escape", action("Cancel", null, e -> {
            palette.disarm();
            armed(null);
            editor.canvas().escape(null);
        }));
    }

    private void bind(String key, String name, Action a) {
        getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key), name);
        getActionMap().put(name, a);
    }

    private void editorDo(Consumer<DesignEditor> what) {
        what.accept(editor);
    }

    void tell(String text) {
        status.setText(text == null || text.isEmpty() ? " " : text);
    }

    /** Puts the keyboard focus on the canvas (Delete, Ctrl+Z and Ctrl+Y act there). */
    public void focusCanvas() {
        editor.canvas().requestFocusInWindow();
    }

    public DesignEditor editor() {
        return editor;
    }

    private static Action action(String name, String tip, Consumer<ActionEvent> body) {
        Action a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.accept(e);
            }
        };
        a.putValue(Action.SHORT_DESCRIPTION, tip);
        return a;
    }

    private static JButton button(Action a, String name) {
        JButton b = new JButton(a);
        b.setName(name);
        b.setFocusable(false);
        return b;
    }
}
