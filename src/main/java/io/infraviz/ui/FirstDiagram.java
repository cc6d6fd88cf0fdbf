package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.Simulation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The window's first diagram, made by the thread that starts the app while the event thread sets
 * up the look and feel: the graph of the topology showing its state at time 0 (a diagram is a
 * JGraphX model, not a Swing component, so it may be built off the event thread and handed over).
 * The window takes it if it is for the same topology and theme, and builds its own otherwise.
 */
public final class FirstDiagram {
    private final CompletableFuture<Diagram> made = new CompletableFuture<>();

    /** None: the window builds its diagram itself. */
    public static FirstDiagram none() {
        FirstDiagram f = new FirstDiagram();
        f.made.complete(null);
        return f;
    }

    /** Makes it on the calling thread; a failure only means the window makes its own. */
    public void make(Topology topology, SimulationSettings settings, boolean dark) {
        try {
            Diagram d = new Diagram(topology, dark ? DiagramTheme.DARK : DiagramTheme.LIGHT);
            d.show(DiagramState.of(new Simulation(topology, settings, 1)));
            made.complete(d);
        } catch (RuntimeException | LinkageError e) {
            made.complete(null);
        }
    }

    /** The diagram made for {@code topology} in {@code theme} (waiting for it if it is on its way), or a new one. */
    Diagram take(Topology topology, DiagramTheme theme) {
        Diagram d;
        try {
            d = made.join();
        } catch (CompletionException e) {
            d = null;
        }
        return d != null && d.topology().equals(topology) && d.theme() == theme ? d : new Diagram(topology, theme);
    }
}
