package io.infraviz.cli;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.engine.SimTime;
import io.infraviz.export.PngExporter;
import io.infraviz.export.SvgExporter;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.FaultRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code export}: draws the diagram of a moment (after {@code --kill}s and {@code --at} ms of
 * classroom-paced traffic) as PNG or SVG, without a display.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports the diagram as a PNG or SVG image, without a window.",
                "The image shows the moment --at ms into a run (classroom preset, seed 1) in which every --kill "
                        + "happened at the start: by then the load balancer's health checks have marked a killed "
                        + "server DOWN. A PNG carries that moment; opening it in the app restores it."})
final class ExportCommand implements Callable<Integer> {
    /** Seed of the exported run (fixed, so the same command draws the same picture). */
    static final long SEED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg",
            description = "The image to write; its extension chooses PNG or SVG.")
    Path out;

    @Mixin
    TopologyOptions topologyOptions;

    @Option(names = "--scale", paramLabel = "1-3", defaultValue = "2", description = "Pixels per diagram unit, 1 to 3 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--kill", paramLabel = "ID", description = "A component or host to kill at the start (repeatable), e.g. web-02 or web-01.mysql.")
    List<String> kills = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Colour theme (default ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--legend", description = "Add a legend of the marks and box states.")
    boolean legend;

    @Option(names = "--caption", description = "Add a caption: title, stage, simulated time and what is down.")
    boolean caption;

    @Option(names = "--transparent", description = "No background (boxes stay filled, so it reads on any slide).")
    boolean transparent;

    @Option(names = "--at", paramLabel = "MS", defaultValue = "12000",
            description = "Simulated time of the picture, in ms (default ${DEFAULT-VALUE}: late enough for the health checks to mark a killed server DOWN).")
    double atMs;

    @Override
    public Integer call() {
        // No window is needed: keep AWT away from any display. Only when nobody decided yet; once
        // AWT has read the property, changing it would have no effect anyway.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        boolean svg = name.endsWith(".svg");
        if (!png && !svg) {
            throw new UsageException("--out: '" + out + "' must end in .png or .svg (the extension chooses the format)");
        }
        if (svg && (legend || caption)) {
            throw new UsageException("--legend and --caption are for PNG only; write a .png file to have them");
        }
        try {
            PngExporter.checkScale(scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scale: " + e.getMessage());
        }
        DiagramTheme diagramTheme = switch (theme) {
            case "light" -> DiagramTheme.LIGHT;
            case "dark" -> DiagramTheme.DARK;
            default -> throw new UsageException("--theme: unknown value '" + theme + "' (use light or dark)");
        };
        if (!(atMs >= 0) || Double.isInfinite(atMs) || atMs > 24 * 3600 * 1000.0) {
            throw new UsageException("--at must be between 0 and 86400000 ms (one day), got " + atMs);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--out: folder '" + folder + "' does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new UsageException("--out: '" + out + "' is a folder");
        }

        Topology topology = topologyOptions.load();
        Moment moment = new Moment(topology, Preset.CLASSROOM.settings().forTopology(topology), SEED, List.of(), SimTime.ms(atMs));
        for (String id : kills) {
            Fault kill = new Fault(FaultAction.KILL, id);
            try {
                FaultRules.check(topology, kill);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--kill " + id + ": " + e.getMessage());
            }
            moment = moment.with(Moment.Action.fault(0, kill));
        }
        moment = moment.at(SimTime.ms(atMs));
        Simulation sim = moment.replay();
        Diagram diagram = new Diagram(topology, diagramTheme);
        diagram.show(DiagramState.of(sim));

        int width;
        int height;
        try {
            if (png) {
                PngExporter.Picture p = PngExporter.write(diagram, moment,
                        new PngExporter.Options(scale, legend, caption, transparent), out);
                width = p.width();
                height = p.height();
            } else {
                int[] size = SvgExporter.write(diagram, scale, transparent, out);
                width = size[0];
                height = size[1];
            }
        } catch (AccessDeniedException e) {
            throw new UsageException("--out: cannot write '" + out + "': permission denied");
        } catch (NoSuchFileException e) {
            throw new UsageException("--out: cannot write '" + out + "': no such folder");
        } catch (IOException e) {
            throw new UsageException("--out: cannot write '" + out + "': " + e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + " (" + width + " x " + height + " pixels)");
        w.flush();
        return 0;
    }
}
