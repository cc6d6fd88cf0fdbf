package io.infraviz.ui;

import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.ScenarioFile;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;

/** The Lesson tab: the built-in lessons (double-click or Start), and lessons from a file. */
public final class LessonPanel extends javax.swing.JPanel {
    private final DefaultListModel<Lesson> lessons = new DefaultListModel<>();
    private final JList<Lesson> list = new JList<>(lessons);
    private final LessonPlayer player;
    private final FileActions files;
    /** A lesson replaces the run with its own stage: unsaved work is asked about first. */
    private static final String STARTING = "starting a lesson";
    static final String NOT_FITTING = "This lesson does not fit the design";
    /** Play the lesson on the design running now (one a person drew or opened) rather than its stage. */
    private final JCheckBox onDesign = new JCheckBox("On the design running now, not the lesson's stage");

    public LessonPanel(LessonPlayer player, FileActions files) {
        super(new MigLayout("insets 12, fill, wrap 1", "[grow,fill,0::]", "[][grow,fill][]"));
        this.player = player;
        this.files = files;
        ScenarioFile.builtIn().forEach(lessons::addElement);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.getAccessibleContext().setAccessibleName("Lessons");
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                Lesson lesson = (Lesson) value;
                return super.getListCellRendererComponent(l, "<html><b>" + lesson.scenario().name() + "</b><br>"
                        + lesson.scenario().title() + "</html>", index, sel, focus);
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    startSelected();
                }
            }
        });
        JButton startButton = new JButton("Start");
        JButton openButton = new JButton("Open a lesson file...");
        startButton.addActionListener(e -> startSelected());
        openButton.addActionListener(e -> openFile());
        add(new JLabel("<html>Guided lessons: narration, predictions, and the effects checked as they happen.</html>"));
        add(new JScrollPane(list));
        onDesign.setName("lesson.onDesign");
        onDesign.setToolTipText("<html>For a design of your own: the lesson's steps must name parts it has"
                + " (a lesson that names one it lacks is refused)</html>");
        add(onDesign);
        add(startButton, "split 2");
        add(openButton);
        if (!lessons.isEmpty()) {
            list.setSelectedIndex(0);
        }
    }

    private void startSelected() {
        Lesson l = list.getSelectedValue();
        if (l != null) {
            play(l);
        }
    }

    /**
     * Plays a lesson on its stage, or on the design running now when the person asked for that;
     * a lesson that does not fit the design is refused before anything is asked or replaced.
     */
    private void play(Lesson l) {
        Lesson fitted;
        try {
            fitted = onDesign.isSelected() ? ScenarioFile.on(l, player.running()) : l;
        } catch (ScenarioFile.BadScenario e) {
            files.error(NOT_FITTING, e.getMessage());
            return;
        }
        if (files.mayReplaceRun(STARTING)) {
            player.start(fitted);
        }
    }

    /** Starts the built-in lesson with this name (the inspector's "Show me"). */
    public void start(String name) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).scenario().name().equals(name)) {
                list.setSelectedIndex(i);
                play(lessons.get(i));
                return;
            }
        }
    }

    private void openFile() {
        if (!files.mayReplaceRun(STARTING)) {
            return;
        }
        Path file = files.choose("Open a lesson", false, "Lesson (*.json)", "json");
        if (file == null) {
            return;
        }
        try {
            player.start(ScenarioFile.read(file, onDesign.isSelected() ? player.running() : null));
        } catch (ScenarioFile.BadScenario e) {
            files.error("This lesson cannot be used", e.getMessage());
        }
    }
}
