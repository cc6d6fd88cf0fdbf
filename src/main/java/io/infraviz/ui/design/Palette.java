package io.infraviz.ui.design;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.swing.util.mxGraphTransferable;
import com.mxgraph.util.mxRectangle;
import io.infraviz.diagram.DesignLooks;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.GraphicsEnvironment;
import java.awt.dnd.DnDConstants;
import java.awt.dnd.DragSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What can be drawn: a server and each part the engine knows. Two ways to place one: drag it onto
 * a server (or the canvas), or click it and then click where it goes. Both end in the canvas's
 * one placement method.
 */
final class Palette extends JPanel {
    private final ButtonGroup group = new ButtonGroup();
    private final Map<PartKind, JToggleButton> buttons = new EnumMap<>(PartKind.class);
    private PartKind armed;

    /** {@code armedChanged} hears the kind a click will place, or null when none. */
    Palette(Consumer<PartKind> armedChanged) {
        super(new MigLayout("wrap 1, insets 6, gap 2, fillx", "[grow,fill]"));
        setName("palette");
        add(heading("Servers"));
        for (PartKind k : PartKind.values()) {
            if (k == PartKind.USERS) {
                add(heading("On the Internet"), "gaptop 8");
            } else if (k == PartKind.HAPROXY) {
                add(heading("Parts (drop onto a server)"), "gaptop 8");
            }
            JToggleButton b = new JToggleButton(k.title, icon(k));
            b.setName("palette." + k.stem);
            b.setHorizontalAlignment(SwingConstants.LEFT);
            b.setToolTipText("<html>" + k.hint + "<br>Drag it, or click it and then click where it goes</html>");
            b.addActionListener(e -> {
                armed = armed == k ? null : k;
                if (armed == null) {
                    group.clearSelection();
                }
                armedChanged.accept(armed);
            });
            group.add(b);
            buttons.put(k, b);
            add(b);
            draggable(b, k);
        }
    }

    private static JLabel heading(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty("FlatLaf.styleClass", "small");
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        return l;
    }

    private static FlatSVGIcon icon(PartKind k) {
        String path = k == PartKind.SERVER ? "icons/server.svg" : DesignLooks.iconPath(k.role);
        return new FlatSVGIcon(path, 18, 18)
                .setColorFilter(new FlatSVGIcon.ColorFilter(c -> UIManager.getColor("Label.foreground")));
    }

    /** Java drag and drop of a template cell; the canvas's drop handler imports it. */
    private static void draggable(JToggleButton b, PartKind k) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        DragSource.getDefaultDragSource().createDefaultDragGestureRecognizer(b, DnDConstants.ACTION_COPY, e -> {
            double w = k.width();
            double h = k.height();
            mxCell cell = new mxCell(new Part("template", k.role, k.title, null), new mxGeometry(0, 0, w, h), null);
            cell.setVertex(true);
            // a drag is not a click: the button must not arm its tool when the mouse comes up over the canvas
            b.getModel().setArmed(false);
            b.getModel().setPressed(false);
            e.startDrag(null, new mxGraphTransferable(new Object[] {cell}, new mxRectangle(0, 0, w, h)));
        });
    }

    PartKind armed() {
        return armed;
    }

    /** Puts the tool down (after a placement, or Escape). */
    void disarm() {
        armed = null;
        group.clearSelection();
    }
}
