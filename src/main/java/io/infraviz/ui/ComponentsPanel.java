package io.infraviz.ui;

import io.infraviz.sim.SimulationView;
import io.infraviz.sim.fault.FaultRules;
import io.infraviz.sim.world.SimEvent;
import net.miginfocom.swing.MigLayout;

import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * Every host, component and link in a list, with its state: the keyboard path to every fault.
 * Enter does what a click on the diagram does (kill or revive, cut or heal); the menu key or the
 * "More..." button offers the other actions.
 */
public final class ComponentsPanel extends JPanel implements SimulationDriver.FrameListener {
    private final SimulationDriver driver;
    private final DefaultListModel<String> ids = new DefaultListModel<>();
    private final JList<String> list = new JList<>(ids);
    private final JButton toggleButton = new JButton("Kill / revive");
    private final JButton moreButton = new JButton("More...");
    private final Consumer<String> onSelect;
    private long lastRefresh;

    public ComponentsPanel(SimulationDriver driver, Consumer<String> onSelect) {
        super(new MigLayout("insets 12, fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        this.driver = driver;
        this.onSelect = onSelect;
        add(new JLabel("<html>Select and press <b>Enter</b> to kill or revive (links: cut or heal).</html>"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.getAccessibleContext().setAccessibleName("Components");
        list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(l, describe((String) value), index, sel, focus);
            }
        });
        add(new JScrollPane(list));
        add(toggleButton, "split 2");
        add(moreButton);
        fill(driver.simulation());
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ENTER"), "toggle");
        list.getActionMap().put("toggle", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                toggle();
            }
        });
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("CONTEXT_MENU"), "more");
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("shift F10"), "more");
        list.getActionMap().put("more", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                more();
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                onSelect.accept(list.getSelectedValue());
            }
        });
        toggleButton.addActionListener(e -> toggle());
        moreButton.addActionListener(e -> more());
    }

    private void fill(SimulationView sim) {
        ids.clear();
        idsOf(sim).forEach(ids::addElement);
    }

    private static List<String> idsOf(SimulationView sim) {
        List<String> all = new java.util.ArrayList<>();
        sim.topology().hosts().forEach(h -> all.add(h.id()));
        sim.topology().components().forEach(c -> all.add(c.id()));
        sim.topology().links().forEach(l -> all.add(l.id()));
        return all;
    }

    private String describe(String id) {
        SimulationView sim = driver.simulation();
        if (sim.topology().link(id).isPresent()) {
            return "link " + id + (sim.linkCut(id) ? "  —  CUT" : "");
        }
        if (sim.topology().host(id).isPresent()) {
            return "host " + id + (sim.hostDown(id) ? "  —  DOWN" : "");
        }
        return id + "  —  " + sim.status(id).words();
    }

    public void selectId(String id) {
        list.setSelectedValue(id, true);
    }

    private void toggle() {
        String id = list.getSelectedValue();
        if (id != null) {
            driver.apply(FaultRules.click(driver.simulation().faultTargets(), id));
            list.repaint();
        }
    }

    private void more() {
        String id = list.getSelectedValue();
        if (id == null) {
            return;
        }
        JPopupMenu menu = FaultMenu.build(driver, id);
        java.awt.Rectangle r = list.getCellBounds(list.getSelectedIndex(), list.getSelectedIndex());
        menu.show(list, r == null ? 0 : r.x + 20, r == null ? 0 : r.y + r.height);
    }

    @Override
    public void frame(SimulationView sim, List<SimEvent> events, boolean rebuilt) {
        // a new topology (a stage, a file, a drawn design) may have as many parts as the last but other ones
        if (rebuilt && !java.util.Collections.list(ids.elements()).equals(idsOf(sim))) {
            fill(sim);
        }
        long now = System.nanoTime();
        if (now - lastRefresh > 300_000_000L || rebuilt) {
            lastRefresh = now;
            list.repaint();
        }
    }
}
