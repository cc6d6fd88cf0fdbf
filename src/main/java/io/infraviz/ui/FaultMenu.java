package io.infraviz.ui;

import io.infraviz.model.Fault;
import io.infraviz.sim.fault.FaultRules;

import java.util.List;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

/** The right-click menu of a component, host or link: every action {@link FaultRules} offers on it now. */
final class FaultMenu {
    private FaultMenu() {
    }

    static JPopupMenu build(SimulationDriver driver, String id) {
        JPopupMenu menu = new JPopupMenu(id);
        JMenuItem title = new JMenuItem(id);
        title.setEnabled(false);
        menu.add(title);
        menu.addSeparator();
        io.infraviz.model.Topology shown = driver.simulation().topology();
        List<Fault> offered = FaultRules.offered(driver.simulation(), id);
        for (int i = 0; i < offered.size(); i++) {
            Fault f = offered.get(i);
            // After the click's action, a fault on another part is on the component's host.
            JMenuItem item = new JMenuItem(f.label() + (i > 0 && !f.target().equals(id) ? " (the whole host)" : ""));
            // A menu left open while a lesson or the Stage menu loaded another topology names a part
            // that may no longer exist: its choices lapse with the topology they were made for.
            item.addActionListener(e -> {
                if (driver.simulation().topology() == shown) {
                    driver.apply(f);
                }
            });
            menu.add(item);
        }
        return menu;
    }
}
