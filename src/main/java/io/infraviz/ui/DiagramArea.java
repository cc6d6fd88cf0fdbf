package io.infraviz.ui;

import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.function.Consumer;

/**
 * The centre of the window: the diagram, the lesson under it (when one is open) and the legend,
 * laid out so the diagram stays the largest ({@link DiagramFirstLayout}).
 */
final class DiagramArea extends JPanel {
    private final JComponent legend;
    private JComponent diagram;

    /** {@code lessonShown} hears when the lesson opens (true) or closes (false). */
    DiagramArea(JComponent diagram, JComponent lesson, JComponent legend, Consumer<Boolean> lessonShown) {
        this.legend = legend;
        this.diagram = diagram;
        lesson.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentShown(ComponentEvent e) {
                lessonShown.accept(true);
                revalidate();
            }

            @Override
            public void componentHidden(ComponentEvent e) {
                lessonShown.accept(false);
                revalidate();
            }
        });
        setLayout(new DiagramFirstLayout(lesson, legend));
        setMinimumSize(new Dimension(400, 0));
        add(diagram);
        add(lesson);
        add(legend);
    }

    /** Shows another diagram (a new topology brings a new view). */
    void replaceDiagram(JComponent view) {
        remove(diagram);
        diagram = view;
        add(view, 0);
        revalidate();
    }

    void showLegend(boolean on) {
        legend.setVisible(on);
        revalidate();
    }
}
