package io.infraviz.ui;

import javax.swing.JSplitPane;
import java.awt.Component;

/** Where a split pane's divider goes when its panel is shown again. */
final class Dividers {
    private Dividers() {
    }

    /**
     * Puts the divider where the right (or bottom) panel gets its preferred size: the split pane
     * keeps the divider where it was while the panel was hidden (at the edge, after presentation
     * mode), which would leave the panel squeezed to nothing.
     */
    static void makeRoomForPanel(JSplitPane split) {
        boolean sideways = split.getOrientation() == JSplitPane.HORIZONTAL_SPLIT;
        Component panel = split.getRightComponent();
        int room = sideways ? split.getWidth() - panel.getPreferredSize().width
                : split.getHeight() - panel.getPreferredSize().height;
        split.setDividerLocation(Math.max(0, room - split.getDividerSize()));
    }
}
