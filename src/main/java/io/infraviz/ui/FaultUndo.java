package io.infraviz.ui;

import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.scenario.Moment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Undo of the person's last fault (Ctrl+Z): a fault that has an inverse is taken back now (a kill
 * by reviving, a hang, errors or a cut by healing); any other (a promotion, a re-seed, a revival)
 * by going back to just before it. A fault taken back, and the action that took it back, are not
 * offered again, so a second undo reaches the fault before.
 */
final class FaultUndo {
    private final SimulationDriver driver;
    private final Set<Moment.Action> undone = new HashSet<>();

    FaultUndo(SimulationDriver driver) {
        this.driver = driver;
    }

    /** Undoes the last fault not undone yet; returns what was done, in words, or null when there is none. */
    String undo() {
        List<Moment.Action> actions = driver.moment().actions();
        for (int i = actions.size() - 1; i >= 0; i--) {
            Moment.Action a = actions.get(i);
            if (a.fault() == null || a.atUs() > driver.simulation().now() || undone.contains(a)) {
                continue;
            }
            Fault f = a.parsedFault();
            Optional<FaultAction> inverse = f.action().undoneBy();
            if (inverse.isPresent()) {
                driver.apply(new Fault(inverse.get(), f.target()));
                List<Moment.Action> after = driver.moment().actions();
                undone.add(a);
                undone.add(after.get(after.size() - 1));
                return "Undone: " + f.action().verb() + " " + f.target() + " (" + inverse.get().verb() + "d now)";
            }
            driver.rewindTo(a.atUs());
            return "Undone: " + f.action().verb() + " " + f.target() + " (back to " + EventLogPanel.clock(a.atUs()) + ", paused)";
        }
        return null;
    }
}
