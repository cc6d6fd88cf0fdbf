package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.LinkLook;
import io.infraviz.model.Fault;
import io.infraviz.sim.SimulationView;
import io.infraviz.sim.fault.FaultRules;

import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Mouse on the diagram: a click kills or revives what is under it (cuts or heals a link), a
 * right-click offers every other action, hovering says what a click will do.
 */
final class DiagramController extends MouseAdapter {
    private final DiagramView view;
    private final SimulationDriver driver;
    private final Consumer<String> onSelect;
    private String hovered;

    private DiagramController(DiagramView view, SimulationDriver driver, Consumer<String> onSelect) {
        this.view = view;
        this.driver = driver;
        this.onSelect = onSelect;
    }

    static void install(DiagramView view, SimulationDriver driver, Consumer<String> onSelect) {
        DiagramController c = new DiagramController(view, driver, onSelect);
        JComponent control = view.getGraphControl();
        control.addMouseListener(c);
        control.addMouseMotionListener(c);
        view.traffic().follower().useSpeed(driver::speed, driver::setSpeed);
    }

    private String idAt(MouseEvent e) {
        Object cell = view.getCellAt(e.getX(), e.getY());
        Diagram d = view.diagram();
        return cell == null ? null : d.idOf(cell);
    }

    @Override
    public void mousePressed(MouseEvent e) {
        maybePopup(e);
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (maybePopup(e)) {
            return;
        }
        if (!SwingUtilities.isLeftMouseButton(e) || e.getClickCount() != 1) {
            return;
        }
        // A click on a request's dot on a link follows it, rather than cutting the link under it.
        long request = view.traffic().requestAt(e.getX(), e.getY());
        if (request >= 0) {
            view.traffic().follower().follow(request);
            return;
        }
        String id = idAt(e);
        if (id == null) {
            return;
        }
        onSelect.accept(id);
        driver.apply(FaultRules.click(driver.simulation().faultTargets(), id));
        updateHover(id);
    }

    private boolean maybePopup(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return false;
        }
        String id = idAt(e);
        if (id != null) {
            onSelect.accept(id);
            FaultMenu.build(driver, id).show(e.getComponent(), e.getX(), e.getY());
        }
        return true;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        updateHover(idAt(e));
    }

    private void updateHover(String id) {
        hovered = id;
        JComponent control = view.getGraphControl();
        if (id == null) {
            control.setCursor(Cursor.getDefaultCursor());
            control.setToolTipText(null);
            return;
        }
        control.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        control.setToolTipText(hint(driver.simulation(), id));
    }

    /** What hovering shows, e.g. "web-02.nginx — click to kill it", its state, and that a right-click offers more. */
    static String hint(SimulationView sim, String id) {
        String state = sim.topology().link(id).isPresent() ? LinkLook.stateWords(sim.linkCut(id))
                : sim.topology().host(id).isPresent() ? (sim.hostDown(id) ? "down" : "up")
                : sim.status(id).words();
        return "<html><b>" + id + "</b> — " + clickWords(sim, id) + "<br>Now: " + state
                + "<br>Right-click for more</html>";
    }

    /** What a click on the part will do, e.g. "click to kill it", "click to revive its host web-02". */
    static String clickWords(SimulationView sim, String id) {
        Fault f = FaultRules.click(sim.faultTargets(), id);
        String it = f.target().equals(id) ? "it" : "its host " + f.target();
        boolean host = sim.topology().host(id).isPresent();
        return switch (f.action()) {
            case KILL -> host ? "click to kill the whole host" : "click to kill it";
            case REVIVE -> "click to revive " + it;
            case CUT -> "click to cut it";
            case HEAL -> sim.topology().link(id).isPresent() ? "click to heal it" : "click to make it answer again";
            default -> "click: " + f.label();
        };
    }

    String hovered() {
        return hovered;
    }
}
