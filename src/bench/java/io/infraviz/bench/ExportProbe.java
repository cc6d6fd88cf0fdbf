package io.infraviz.bench;

import com.mxgraph.util.mxCellRenderer;
import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.engine.SimTime;
import io.infraviz.export.PngExporter;
import io.infraviz.model.Preset;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One PNG export and its floor, timed. The picture is what {@code export} draws by default: the
 * distributed stage, light theme, 12 s into a classroom run with seed 1. The diagram exists before
 * the clock starts (the app has it on screen); the clock runs from the call to the file written.
 * As a child process ({@code main}) it measures the first use in a fresh JVM and prints
 * {@code EXPORT_MS <ms>}.
 */
public final class ExportProbe {
    static final String MARK = "EXPORT_MS ";

    /** A diagram showing the moment, ready to export. */
    record Subject(Diagram diagram, Moment moment) {
        static Subject make() {
            Topology topology = Stages.DISTRIBUTED.topology();
            Moment moment = new Moment(topology, Preset.CLASSROOM.settings().forTopology(topology), 1, List.of(),
                    SimTime.ms(12_000));
            Diagram diagram = new Diagram(topology, DiagramTheme.LIGHT);
            diagram.show(DiagramState.of(moment.replay()));
            return new Subject(diagram, moment);
        }
    }

    private ExportProbe() {
    }

    /** The app's export: {@link PngExporter#write} (render with margin, the moment in the file, atomic write). */
    static double app(Subject s, double scale, Path out) throws IOException {
        long t0 = System.nanoTime();
        PngExporter.write(s.diagram(), s.moment(), PngExporter.Options.plain(scale), out);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The floor: JGraphX's own image of the same graph, encoded by ImageIO. */
    static double floor(Subject s, double scale, Path out) throws IOException {
        long t0 = System.nanoTime();
        BufferedImage img = mxCellRenderer.createBufferedImage(s.diagram().graph(), null, scale,
                s.diagram().theme().canvas(), true, null);
        ImageIO.write(img, "png", out.toFile());
        return (System.nanoTime() - t0) / 1e6;
    }

    /** {@code app|floor SCALE OUT.png}: one export in this fresh JVM. */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Subject s = Subject.make();
        if (args[0].equals("app")) {
            // As in the window, which writes a moment's JSON once in the background after its first
            // frame, long before a person exports (the command line's one-shot export does not).
            io.infraviz.ui.WarmUp.exportJson(s.moment()).join();
        }
        double scale = Double.parseDouble(args[1]);
        Path out = Path.of(args[2]);
        double ms = switch (args[0]) {
            case "app" -> app(s, scale, out);
            case "floor" -> floor(s, scale, out);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        if (!Files.isRegularFile(out) || Files.size(out) == 0) {
            throw new IllegalStateException("nothing was written to " + out);
        }
        System.out.println(MARK + ms);
        System.out.flush();
    }
}
