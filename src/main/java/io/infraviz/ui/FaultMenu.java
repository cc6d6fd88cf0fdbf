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
        for (FaultChoices.Choice c : FaultChoices.all(driver.simulation(), id)) {
            JMenuItem item = new JMenuItem(c.label());
            item.addActionListener(e -> driver.apply(c.fault()));
            menu.add(item);
        }
        return menu;
    }
}
