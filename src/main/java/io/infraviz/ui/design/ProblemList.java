package io.infraviz.ui.design;

import io.infraviz.scenario.DesignCheck;

import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;

/**
 * What prevents running, in plain words, one line each (wrapped); choosing a line selects the
 * part it is about on the canvas.
 */
final class ProblemList extends JList<DesignCheck.Problem> {
    private final DefaultListModel<DesignCheck.Problem> items = new DefaultListModel<>();
    private boolean updating;

    ProblemList(Consumer<String> select) {
        setModel(items);
        setName("designProblems");
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        getAccessibleContext().setAccessibleName("What prevents running");
        setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                DesignCheck.Problem p = (DesignCheck.Problem) value;
                JLabel l = (JLabel) super.getListCellRendererComponent(list, "", index, selected, focus);
                int width = Math.max(120, list.getWidth() - 48);
                l.setText("<html><div style='width:" + width + "px'>• " + escape(sentence(p.text())) + "</div></html>");
                return l;
            }
        });
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                // wrapped lines change height with the width: have the list measure them again
                setCellRenderer(getCellRenderer());
            }
        });
        addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting() && getSelectedValue() != null) {
                select.accept(getSelectedValue().partId());
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

    /** The loader's words start in lower case (they follow a place in a file); on their own, a sentence. */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
