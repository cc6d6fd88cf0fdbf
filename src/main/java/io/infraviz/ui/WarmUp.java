package io.infraviz.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
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
 * result away; after the first frame, the same for the first export's JSON. Nothing it makes is kept, and it touches neither Swing's state nor JGraphX's, so it
 * cannot change what the window shows; it only makes the window's own first use cheaper.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up in the background and returns at once. */
    public static void start(Topology topology, SimulationSettings settings) {
        inTheBackground(() -> run(topology, settings));
    }

    /**
     * After the first frame: writes a moment as JSON once and forgets it, so that the first PNG
     * export (which carries the moment) does not wait for the JSON library's first use, about a
     * quarter of a second. Returns when it is done, for the benchmark that measures exports.
     */
    public static java.util.concurrent.CompletableFuture<Void> exportJson(io.infraviz.scenario.Moment moment) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        inTheBackground(() -> {
            try {
                io.infraviz.export.MomentFile.toJson(moment);
            } catch (RuntimeException | LinkageError e) {
                // Only a warm-up: an export reports any real problem itself.
            }
            done.complete(null);
        });
        return done;
    }

    private static void inTheBackground(Runnable r) {
        Thread t = new Thread(r, "infraviz-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The resource paths of the icons the app ships ({@code icons/*.svg}), from its jar or its classes folder. */
    static java.util.List<String> iconPaths() throws java.io.IOException, java.net.URISyntaxException {
        URL folder = WarmUp.class.getResource("/icons/");
        java.util.List<String> paths = new java.util.ArrayList<>();
        if (folder == null) {
            return paths;
        }
        if (folder.openConnection() instanceof java.net.JarURLConnection jar) {
            jar.setUseCaches(true);
            jar.getJarFile().stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("icons/") && n.endsWith(".svg")).forEach(paths::add);
        } else {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()))) {
                files.map(f -> "icons/" + f.getFileName()).filter(n -> n.endsWith(".svg")).forEach(paths::add);
            }
        }
        return paths;
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
            // Every icon parsed once into the SVG library's cache, which the diagram's and the
            // toolbar's icons then draw from (the first paint would otherwise parse them).
            for (String path : iconPaths()) {
                new FlatSVGIcon(path).hasFound();
            }
        } catch (RuntimeException | LinkageError | java.io.IOException | java.net.URISyntaxException e) {
            // Only a warm-up: the window's own use of the same code reports any real problem.
        }
    }
}
