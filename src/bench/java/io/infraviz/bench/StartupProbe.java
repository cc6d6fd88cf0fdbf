package io.infraviz.bench;

import com.formdev.flatlaf.FlatLightLaf;
import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxEvent;
import com.mxgraph.view.mxGraph;
import io.infraviz.cli.InfravizCommand;

import javax.swing.JFrame;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The child process of the start-up measurement. Before anything else it installs a
 * {@link RepaintManager} that notices the first Swing paint pass in which a graph (a JGraphX
 * component) painted, or, for {@code bare}, the first pass that painted a showing window; at the
 * end of that pass (the frame is on screen) it prints {@code FIRST_PAINT <paint> <main> <look>}
 * (epoch microseconds: the first frame, the start of {@code main}, the look and feel installed)
 * and ends the process. Then it starts:
 * <ul>
 * <li>{@code app}: the application as {@code java -jar infraviz.jar} does (the {@code gui} command);</li>
 * <li>{@code floor VERTICES EDGES WIDTH HEIGHT}: a bare FlatLaf window showing a plain JGraphX graph
 *     with as many vertices and edges as the app's diagram, the size of the app's window;</li>
 * <li>{@code bare WIDTH HEIGHT}: an empty FlatLaf window of that size (for reference).</li>
 * </ul>
 * The parent notes the time just before starting the process.
 */
public final class StartupProbe {
    static final String MARK = "FIRST_PAINT ";
    /** System property: ms to keep running after the first frame before ending (0: at once). */
    static final String LINGER_PROPERTY = "infraviz.probe.linger.ms";

    private StartupProbe() {
    }

    /** When {@code main} started and when the look and feel was installed (epoch microseconds; 0: not yet). */
    private static long mainAt;
    private static volatile long lookAt;

    public static void main(String[] args) {
        mainAt = nowMicros();
        javax.swing.UIManager.addPropertyChangeListener(e -> {
            if ("lookAndFeel".equals(e.getPropertyName()) && lookAt == 0) {
                lookAt = nowMicros();
            }
        });
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: StartupProbe app | floor V E W H | bare W H");
        }
        String mode = args[0];
        PrintStream out = System.out;
        RepaintManager.setCurrentManager(new FirstPaint(mode.equals("bare"), out));
        switch (mode) {
            case "app" -> System.exit(InfravizCommand.run(new String[] {"gui"}, System.out, System.err));
            case "floor" -> SwingUtilities.invokeLater(() -> floor(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]), Integer.parseInt(args[4])));
            case "bare" -> SwingUtilities.invokeLater(() -> bare(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    /** A bare FlatLaf window with a plain JGraphX graph: default styles, a grid of labelled vertices, a chain of edges. */
    static void floor(int vertices, int edges, int width, int height) {
        FlatLightLaf.setup();
        mxGraph graph = new mxGraph();
        Object parent = graph.getDefaultParent();
        Object[] v = new Object[Math.max(1, vertices)];
        graph.getModel().beginUpdate();
        try {
            for (int i = 0; i < v.length; i++) {
                v[i] = graph.insertVertex(parent, null, "vertex " + i, 40 + (i % 6) * 170, 40 + (i / 6) * 110, 120, 50);
            }
            for (int i = 0; i < edges; i++) {
                graph.insertEdge(parent, null, "", v[i % v.length], v[(i * 7 + 1) % v.length]);
            }
        } finally {
            graph.getModel().endUpdate();
        }
        JFrame f = new JFrame("InfraViz bench: start-up floor");
        f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        f.getContentPane().add(new mxGraphComponent(graph));
        f.setSize(fit(width, height));
        f.setLocationRelativeTo(null);
        f.setVisible(true);
    }

    static void bare(int width, int height) {
        FlatLightLaf.setup();
        JFrame f = new JFrame("InfraViz bench: bare window");
        f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        f.setSize(fit(width, height));
        f.setLocationRelativeTo(null);
        f.setVisible(true);
    }

    /** The size, within the screen's usable area (as the app's window does). */
    private static Dimension fit(int width, int height) {
        java.awt.Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return new Dimension(Math.min(width, screen.width), Math.min(height, screen.height));
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    /** Watches the paint passes for the first frame. */
    private static final class FirstPaint extends RepaintManager {
        private final boolean anyWindow;
        private final PrintStream out;
        private final Set<Object> hooked = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean graphPainted;
        private boolean done;

        FirstPaint(boolean anyWindow, PrintStream out) {
            this.anyWindow = anyWindow;
            this.out = out;
        }

        @Override
        public void paintDirtyRegions() {
            if (done) {
                super.paintDirtyRegions();
                return;
            }
            boolean showing = false;
            for (Window w : Window.getWindows()) {
                if (w.isShowing()) {
                    showing = true;
                    if (!anyWindow) {
                        hook(w);
                    }
                }
            }
            super.paintDirtyRegions();
            if (anyWindow ? showing : graphPainted) {
                done = true;
                out.println(MARK + nowMicros() + " " + mainAt + " " + lookAt);
                out.flush();
                // Ends the process off the EDT (shutdown hooks run, so a profiler can write its recording),
                // after a while when asked (the class list wants what the first seconds load, too).
                long linger = Long.getLong(LINGER_PROPERTY, 0);
                new Thread(() -> {
                    try {
                        Thread.sleep(linger);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(0);
                }, "bench-exit").start();
            }
        }

        /** Listens to the paint of every graph component in a window. */
        private void hook(Component c) {
            if (c instanceof mxGraphComponent g) {
                if (hooked.add(g)) {
                    g.addListener(mxEvent.PAINT, (sender, evt) -> graphPainted = true);
                }
                return;
            }
            if (c instanceof Container k) {
                for (Component child : k.getComponents()) {
                    hook(child);
                }
            }
        }
    }
}
