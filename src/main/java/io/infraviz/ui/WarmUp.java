package io.infraviz.ui;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.sim.Simulation;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import javax.swing.JComponent;

/**
 * Start-up on a machine with two cores: while the event thread sets up the look and feel and
 * builds the window, another thread loads what the first frame will need next (the SVG library
 * that draws the diagram's icons, the simulation's classes) by using them once and throwing the
 * result away. Nothing it makes is kept, and it touches neither Swing's state nor JGraphX's, so it
 * cannot change what the window shows; it only makes the window's own first use cheaper.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up in the background and returns at once. */
    public static void start(Topology topology, SimulationSettings settings) {
        Thread t = new Thread(() -> run(topology, settings), "infraviz-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run(Topology topology, SimulationSettings settings) {
        try {
            URL icon = WarmUp.class.getResource("/icons/database.svg");
            if (icon != null) {
                SVGDocument doc = new SVGLoader().load(icon);
                if (doc != null) {
                    BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB);
                    Graphics2D g = image.createGraphics();
                    doc.render((JComponent) null, g);
                    g.dispose();
                }
            }
            new Simulation(topology, settings.forTopology(topology), 1).runUntil(1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // Only a warm-up: the window's own use of the same code reports any real problem.
        }
    }
}
