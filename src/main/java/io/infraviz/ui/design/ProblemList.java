package io.infraviz.ui.design;

import io.infraviz.scenario.DesignCheck;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;

/**
 * What prevents running, in plain words, one line each (wrapped); choosing a line selects the
 * parts it is about on the canvas.
 */
final class ProblemList extends JList<DesignCheck.Problem> {
    private final DefaultListModel<DesignCheck.Problem> items = new DefaultListModel<>();
    private boolean updating;

    ProblemList(Consumer<List<String>> select) {
        setModel(items);
        setName("designProblems");
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        getAccessibleContext().setAccessibleName("What prevents running");
        setCellRenderer(new Line());
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                // wrapped lines change height with the width: have the list measure them again
                setCellRenderer(getCellRenderer());
            }
        });
        addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting() && getSelectedValue() != null) {
                select.accept(getSelectedValue().partIds());
            }
        });
    }

    /** As wide as the panel, so lines wrap rather than scroll sideways. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    void show(List<DesignCheck.Problem> problems) {
        updating = true;
        try {
            items.clear();
            problems.forEach(items::addElement);
        } finally {
            updating = false;
        }
    }

    /** A problem as wrapped text, as wide as the list (a text area measures its height for a width). */
    private static final class Line extends JTextArea implements ListCellRenderer<DesignCheck.Problem> {
        Line() {
            setLineWrap(true);
            setWrapStyleWord(true);
            setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends DesignCheck.Problem> list, DesignCheck.Problem p,
                                                      int index, boolean selected, boolean focus) {
            setText("• " + sentence(p.text()));
            setFont(list.getFont());
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            int room = list.getParent() instanceof JViewport v ? v.getWidth() : list.getWidth();
            setSize(Math.max(120, room), Short.MAX_VALUE);
            return this;
        }
    }

    /** The loader's words start in lower case (they follow a place in a file); on their own, a sentence. */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
