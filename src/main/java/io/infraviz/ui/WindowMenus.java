package io.infraviz.ui;

import io.infraviz.model.Topology;
import io.infraviz.scenario.ExampleDesigns;
import io.infraviz.scenario.Stages;

import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRadioButtonMenuItem;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's menus: File, View (with the Stage menu), Simulation and Help. Items show their
 * keys; the root pane owns them ({@link Shortcuts}).
 */
final class WindowMenus {
    private final List<JRadioButtonMenuItem> stageItems = new ArrayList<>();
    private final JMenuBar bar = new JMenuBar();

    WindowMenus(WindowActions a, SimulationDriver driver) {
        JMenu stages = new JMenu("Stage");
        ButtonGroup stageGroup = new ButtonGroup();
        for (Stages stage : Stages.values()) {
            stageItem(stages, stageGroup, stage.title(), stage.code(), () -> driver.load(stage.topology(), driver.settings()));
        }
        stages.addSeparator();
        for (ExampleDesigns example : ExampleDesigns.values()) {
            // designs drawn in design mode's style, beside the stages: comparing two is one choice away
            stageItem(stages, stageGroup, "Example: " + example.title(), example.code(),
                    () -> driver.load(example.topology(), driver.settings()));
        }
        showStage(driver.simulation().topology());
        JMenu view = menu("View", KeyEvent.VK_V, a.design, null, a.dark, a.presentation, a.reducedMotion, null,
                a.zoomFit, a.zoomIn, a.zoomOut, a.largerText, a.smallerText, null,
                a.spofMarks, a.counters, a.legend, a.sidePanel, a.bottomPanel);
        view.insert(stages, 0);
        bar.add(menu("File", KeyEvent.VK_F, a.open, a.saveRun, a.saveTopology, null, a.exportPng, a.exportSvg,
                a.exportConfiguration, null, a.quit));
        bar.add(view);
        bar.add(menu("Simulation", KeyEvent.VK_S, a.play, a.step, a.stepBack, null, a.faster, a.slower, a.follow, null,
                a.undo, a.reset));
        bar.add(menu("Help", KeyEvent.VK_H, a.help, a.about));
    }

    private void stageItem(JMenu menu, ButtonGroup group, String title, String code, Runnable load) {
        JRadioButtonMenuItem item = new JRadioButtonMenuItem(title);
        item.putClientProperty("stage", code);
        item.addActionListener(e -> load.run());
        group.add(item);
        menu.add(item);
        stageItems.add(item);
    }

    JMenuBar bar() {
        return bar;
    }

    /** A menu of actions (null: a separator). */
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
    void showStage(Topology topology) {
        for (JRadioButtonMenuItem item : stageItems) {
            item.setSelected(topology.name().equals(item.getClientProperty("stage")));
        }
    }

    /** The stage the Stage menu marks. */
    String stageShown() {
        return stageItems.stream().filter(AbstractButton::isSelected)
                .map(i -> (String) i.getClientProperty("stage")).findFirst().orElse("");
    }
}
