package io.infraviz.export;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Moments and diagrams the export tests draw. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /** The default stage, classroom preset, seed 1, with each id killed at time 0, at 12 s. */
    static Moment moment(String... killed) {
        Moment m = new Moment(Stages.DISTRIBUTED.topology(), Preset.CLASSROOM.settings(), 1, List.of(), 0);
        for (String id : killed) {
            m = m.with(Moment.Action.fault(0, new Fault(FaultAction.KILL, id)));
        }
        return m.at(12_000_000);
    }

    /** The diagram showing a moment. */
    static Diagram diagram(Moment m, DiagramTheme theme) {
        Diagram d = new Diagram(m.topology(), theme);
        d.show(DiagramState.of(m.replay()));
        return d;
    }

    /** The width a plain export should have: the diagram's drawn bounds plus the margin on both sides, at a scale. */
    static int expectedWidth(Diagram d, double scale) {
        return (int) Math.round((d.graph().getGraphBounds().getWidth() / d.graph().getView().getScale()
                + 2 * PngExporter.MARGIN) * scale);
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Pixels in rows [y0, y1) that differ from {@code background} (ARGB). */
    static long pixelsNot(BufferedImage img, int background, int y0, int y1) {
        long n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != background) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Largest difference of one channel between two ARGB colours. */
    static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            d = Math.max(d, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return d;
    }
}
