package io.infraviz.ui;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

/** The right-click menu of a component, host or link: every action that applies to it now. */
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
        for (FaultChoices.Choice c : FaultChoices.all(driver.simulation(), id)) {
            JMenuItem item = new JMenuItem(c.label());
            // A menu left open while a lesson or the Stage menu loaded another topology names a part
            // that may no longer exist: its choices lapse with the topology they were made for.
            item.addActionListener(e -> {
                if (driver.simulation().topology() == shown) {
                    driver.apply(c.fault());
                }
            });
            menu.add(item);
        }
        return menu;
    }
}
