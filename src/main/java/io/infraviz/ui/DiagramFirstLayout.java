package io.infraviz.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.awt.Window;
import javax.swing.SwingUtilities;

/**
 * Lays out the centre of the window top to bottom: the diagram, then the lesson, then the legend.
 * The diagram stays the largest thing on screen: the lesson gets at most what is left once the
 * diagram has half the window's height (and never more than {@link #MAX_LESSON_SHARE} of the
 * centre), and scrolls when its text needs more.
 */
final class DiagramFirstLayout implements LayoutManager {
    /** The lesson never takes more than this share of the centre, however tall the window. */
    static final double MAX_LESSON_SHARE = 0.42;
    /** Nor less than this, so its buttons stay reachable on a very small window. */
    static final int MIN_LESSON_HEIGHT = 110;

    private final Component lesson;
    private final Component legend;

    /** The diagram is whichever other component the centre holds (a new topology brings a new view). */
    DiagramFirstLayout(Component lesson, Component legend) {
        this.lesson = lesson;
        this.legend = legend;
    }

    @Override
    public void layoutContainer(Container parent) {
        Insets in = parent.getInsets();
        int width = parent.getWidth() - in.left - in.right;
        int height = parent.getHeight() - in.top - in.bottom;
        int legendHeight = legend.isVisible() ? legend.getPreferredSize().height : 0;
        int lessonHeight = lesson.isVisible() ? lessonHeight(parent, height - legendHeight) : 0;
        int diagramHeight = Math.max(0, height - legendHeight - lessonHeight);
        int y = in.top;
        for (Component c : parent.getComponents()) {
            if (c != lesson && c != legend) {
                c.setBounds(in.left, y, width, diagramHeight);
            }
        }
        y += diagramHeight;
        lesson.setBounds(in.left, y, width, lessonHeight);
        y += lessonHeight;
        legend.setBounds(in.left, y, width, legendHeight);
    }

    /** What the lesson gets of {@code available}: its preferred height, within its bounded share. */
    private int lessonHeight(Container parent, int available) {
        Window window = SwingUtilities.getWindowAncestor(parent);
        int windowHeight = window == null ? available * 2 : window.getHeight();
        int leftOnceDiagramHasHalf = available - windowHeight / 2;
        int cap = (int) Math.min(available * MAX_LESSON_SHARE, Math.max(MIN_LESSON_HEIGHT, leftOnceDiagramHasHalf));
        return Math.max(0, Math.min(lesson.getPreferredSize().height, cap));
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        return new Dimension(800, 600);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return new Dimension(400, 200);
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
    }

    @Override
    public void removeLayoutComponent(Component comp) {
    }
}
