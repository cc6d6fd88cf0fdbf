package io.infraviz.ui;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.JPanel;
import java.awt.Component;

import static org.assertj.core.api.Assertions.assertThat;

/** The legend under the diagram: every item whole, on one line when there is room, on more when there is not. */
class LegendBarTest {

    @Test
    void onANarrowWindowItWrapsInsteadOfCuttingItemsOff() {
        int[] heights = GuiActionRunner.execute(() -> {
            Themes.install(false, false);
            int wide = heightAt(1200);
            int narrow = heightAt(600);
            return new int[] {wide, narrow};
        });
        assertThat(heights[1]).as("at 600 px: two lines or more").isGreaterThan(heights[0] * 3 / 2);
    }

    /** Lays the legend out at {@code width} as the window would; checks every item lies inside it; returns its height. */
    private static int heightAt(int width) {
        JPanel parent = new JPanel(null);
        LegendBar legend = new LegendBar();
        parent.add(legend);
        parent.setSize(width, 400);
        legend.setBounds(0, 0, width, legend.getPreferredSize().height);
        legend.doLayout();
        for (Component c : legend.getComponents()) {
            assertThat(c.getX() + c.getWidth()).as("right edge of an item at width %d", width).isLessThanOrEqualTo(width);
            assertThat(c.getY() + c.getHeight()).as("bottom of an item at width %d", width).isLessThanOrEqualTo(legend.getHeight());
        }
        return legend.getHeight();
    }
}
