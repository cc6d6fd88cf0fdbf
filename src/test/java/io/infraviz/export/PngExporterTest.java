package io.infraviz.export;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.model.Preset;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.infraviz.export.ExportFixtures.diagram;
import static io.infraviz.export.ExportFixtures.expectedWidth;
import static io.infraviz.export.ExportFixtures.distance;
import static io.infraviz.export.ExportFixtures.distinctColours;
import static io.infraviz.export.ExportFixtures.moment;
import static io.infraviz.export.ExportFixtures.pixelsNot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PNG export without a display: size, content, the dead look, transparency, legend and caption, the moment inside. */
class PngExporterTest {
    @TempDir
    Path dir;

    @Test
    void defaultStageAt1xAnd2xHasTheExpectedSizeAndIsNotBlank() {
        Moment m = moment();
        Diagram d = diagram(m, DiagramTheme.LIGHT);
        PngExporter.Picture one = PngExporter.render(d, m, PngExporter.Options.plain(1));
        PngExporter.Picture two = PngExporter.render(d, m, PngExporter.Options.plain(2));

        // The diagram plus a 24-unit margin on every side.
        assertThat(one.width()).isCloseTo(expectedWidth(d, 1), org.assertj.core.data.Offset.offset(12));
        assertThat(one.height()).isBetween(500, 620);
        assertThat(two.width()).isBetween(2 * one.width() - 4, 2 * one.width() + 4);
        assertThat(two.height()).isBetween(2 * one.height() - 4, 2 * one.height() + 4);

        for (PngExporter.Picture p : new PngExporter.Picture[] {one, two}) {
            BufferedImage img = p.image();
            int background = DiagramTheme.LIGHT.canvas().getRGB();
            assertThat(img.getRGB(0, 0)).isEqualTo(background);
            assertThat(distinctColours(img)).as("anti-aliased boxes, icons and text").isGreaterThan(100);
            double drawn = (double) pixelsNot(img, background, 0, img.getHeight()) / (img.getWidth() * img.getHeight());
            assertThat(drawn).as("share of pixels that are not background").isGreaterThan(0.25);
        }
    }

    @Test
    void theDiagramSitsWhereTheOriginSays() {
        Moment m = moment();
        Diagram d = diagram(m, DiagramTheme.LIGHT);
        for (double scale : new double[] {1, 2, 3}) {
            PngExporter.Picture p = PngExporter.render(d, m, PngExporter.Options.plain(scale));
            Rectangle2D box = p.toImage(d.absoluteBounds("web-02.nginx"));
            // The component's outline (#64748B) runs along the top edge of its box.
            int outline = DiagramTheme.LIGHT.componentStroke().getRGB();
            int y = (int) Math.round(box.getY());
            int x = (int) Math.round(box.getCenterX());
            int best = 255;
            for (int dy = -2; dy <= 2; dy++) {
                best = Math.min(best, distance(p.image().getRGB(x, y + dy), outline));
            }
            assertThat(best).as("outline at %sx", scale).isLessThan(40);
            // The leftmost box starts one margin in.
            double users = p.toImage(d.absoluteBounds("users")).getX();
            assertThat(users).isBetween(PngExporter.MARGIN * scale, (PngExporter.MARGIN + 4) * scale);
        }
    }

    @Test
    void aKilledComponentIsDrawnDifferently() {
        Moment running = moment();
        Moment killed = moment("web-01.mysql");
        Diagram a = diagram(running, DiagramTheme.LIGHT);
        Diagram b = diagram(killed, DiagramTheme.LIGHT);
        PngExporter.Picture pa = PngExporter.render(a, running, PngExporter.Options.plain(2));
        PngExporter.Picture pb = PngExporter.render(b, killed, PngExporter.Options.plain(2));
        assertThat(pb.originX()).isEqualTo(pa.originX());
        assertThat(pb.originY()).isEqualTo(pa.originY());

        assertThat(differingShare(pa, pb, a.absoluteBounds("web-01.mysql").getRectangle()))
                .as("inside the killed MySQL").isGreaterThan(0.3);
        assertThat(differingShare(pa, pb, a.absoluteBounds("web-01.files").getRectangle()))
                .as("inside a running neighbour").isLessThan(0.02);
    }

    private static double differingShare(PngExporter.Picture a, PngExporter.Picture b, java.awt.Rectangle units) {
        Rectangle2D r = a.toImage(new com.mxgraph.util.mxRectangle(units));
        int differing = 0;
        int all = 0;
        for (int y = (int) r.getY() + 3; y < r.getMaxY() - 3; y++) {
            for (int x = (int) r.getX() + 3; x < r.getMaxX() - 3; x++) {
                all++;
                if (distance(a.image().getRGB(x, y), b.image().getRGB(x, y)) > 24) {
                    differing++;
                }
            }
        }
        return (double) differing / all;
    }

    @Test
    void transparentExportHasNoBackgroundButFilledBoxes() {
        Moment m = moment();
        Diagram d = diagram(m, DiagramTheme.DARK);
        PngExporter.Picture p = PngExporter.render(d, m, new PngExporter.Options(2, true, true, true));
        BufferedImage img = p.image();
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(img.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(img.getRGB(img.getWidth() - 1, img.getHeight() - 1) >>> 24).isZero();
        Rectangle2D host = p.toImage(d.absoluteBounds("web-01"));
        // Left of the components, under the host's title.
        int inside = img.getRGB((int) (host.getX() + 6 * 2), (int) (host.getY() + 40 * 2));
        assertThat(inside >>> 24).as("a host box stays opaque").isEqualTo(255);
        assertThat(distance(inside, DiagramTheme.DARK.hostFill().getRGB())).isLessThan(8);
    }

    @Test
    void legendAndCaptionMakeTheImageLargerAndAddPixels() {
        Moment m = moment("web-02");
        Diagram d = diagram(m, DiagramTheme.LIGHT);
        int background = DiagramTheme.LIGHT.canvas().getRGB();
        PngExporter.Picture plain = PngExporter.render(d, m, PngExporter.Options.plain(2));
        PngExporter.Picture legend = PngExporter.render(d, m, new PngExporter.Options(2, true, false, false));
        PngExporter.Picture caption = PngExporter.render(d, m, new PngExporter.Options(2, false, true, false));
        PngExporter.Picture both = PngExporter.render(d, m, new PngExporter.Options(2, true, true, false));

        assertThat(legend.width()).isEqualTo(plain.width());
        assertThat(legend.height()).isGreaterThan(plain.height() + 60);
        assertThat(caption.height()).isGreaterThan(plain.height() + 60);
        assertThat(both.height()).isGreaterThan(Math.max(legend.height(), caption.height()));
        // The diagram does not move; what is added is below it.
        assertThat(both.originY()).isEqualTo(plain.originY());
        int below = plain.height() - (int) Math.round(PngExporter.MARGIN * 2.0);
        for (PngExporter.Picture p : new PngExporter.Picture[] {legend, caption, both}) {
            assertThat(pixelsNot(p.image(), background, below, p.height())).isGreaterThan(20_000);
            assertThat(pixelsNot(p.image(), background, 0, p.height()))
                    .isGreaterThan(pixelsNot(plain.image(), background, 0, plain.height()));
        }
        // The legend's marks are there in their Okabe-Ito colours.
        assertThat(containsColour(legend.image(), below, 0x0072B2)).as("read").isTrue();
        assertThat(containsColour(legend.image(), below, 0xE69F00)).as("write").isTrue();
        assertThat(containsColour(legend.image(), below, 0xD55E00)).as("failure").isTrue();
        assertThat(containsColour(legend.image(), below, 0x009E73)).as("replication").isTrue();
        assertThat(containsColour(plain.image(), below, 0x0072B2)).isFalse();
    }

    private static boolean containsColour(BufferedImage img, int fromY, int rgb) {
        for (int y = fromY; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void captionTellsStageTimeAndWhatIsDown() {
        Moment m = moment("web-02");
        Diagram d = diagram(m, DiagramTheme.LIGHT);
        assertThat(CaptionText.lines(d, m)).containsExactly("Distributed web infrastructure",
                "Stage: distributed  ·  simulated time 12.0 s  ·  web-02 killed; load balancer: web-02 DOWN");
        Moment ok = moment();
        assertThat(CaptionText.lines(diagram(ok, DiagramTheme.LIGHT), ok).get(1)).endsWith("everything running");
    }

    @Test
    void theMomentRoundTripsThroughThePng() throws Exception {
        Moment m = MomentFileTest.richMoment();
        Diagram d = diagram(m, DiagramTheme.DARK);
        Path file = dir.resolve("moment.png");
        PngExporter.Picture p = PngExporter.write(d, m, new PngExporter.Options(2, true, true, false), file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(p.width());
        assertThat(read.getHeight()).isEqualTo(p.height());
        MomentFileTest.assertSameMoment(PngExporter.readMoment(file), m);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
        // Writing again replaces the file whole.
        PngExporter.write(d, m.at(1_000_000), PngExporter.Options.plain(1), file);
        assertThat(PngExporter.readMoment(file).timeUs()).isEqualTo(1_000_000);
    }

    @Test
    void aTopologyWithAnyCharactersRoundTrips() throws Exception {
        Topology t = Stages.DISTRIBUTED.topology();
        Topology custom = new Topology("lab-7", "Démo «café» ☃ 東京 & <tags>", t.domain(), t.hosts(), t.components(),
                t.links(), t.clients(), t.entryPoint(), t.backends(), t.primaryDatabase());
        Moment m = new Moment(custom, Preset.REALISTIC.settings(), -42, List.of(), 3_000_000);
        Path file = dir.resolve("unicode.png");
        PngExporter.write(diagram(m, DiagramTheme.LIGHT), m, new PngExporter.Options(1, false, true, false), file);
        Moment back = PngExporter.readMoment(file);
        assertThat(back.topology().title()).isEqualTo(custom.title());
        assertThat(back.topology().name()).isEqualTo("lab-7");
        assertThat(back.settings()).isEqualTo(Preset.REALISTIC.settings());
        assertThat(back.seed()).isEqualTo(-42);
        assertThat(CaptionText.lines(diagram(m, DiagramTheme.LIGHT), m).get(1)).startsWith("Topology: lab-7");
    }

    @Test
    void aPngWithoutAMomentOrNotAPngIsRefusedClearly() throws Exception {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        assertThatThrownBy(() -> PngExporter.readMoment(plain)).isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith(plain.toString()).hasMessageContaining("carries no InfraViz moment");
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        assertThatThrownBy(() -> PngExporter.readMoment(text)).isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageContaining("not a PNG image");
        assertThatThrownBy(() -> PngExporter.readMoment(dir.resolve("missing.png")))
                .isInstanceOf(MomentFile.BadMomentFile.class).hasMessageContaining("no such file");
    }

    /** A small PNG whose text would inflate past the moment's 1 MB limit is refused before it is inflated whole. */
    @Test
    void aPngWhoseMomentWouldInflatePastTheLimitIsRefusedInOneLine() throws Exception {
        String huge = "{\"pad\": \"" + "x".repeat(30_000_000) + "\"}";
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, PngMomentChunk.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), huge, 1));
        assertThat(Files.size(bomb)).as("compressed, the file is small").isLessThan(200_000);
        assertThatThrownBy(() -> PngExporter.readMoment(bomb)).isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith(bomb.toString()).hasMessageContaining("larger than InfraViz reads")
                .hasMessageNotContaining("\n");
        byte[] whole = Files.readAllBytes(bomb);
        Path cut = dir.resolve("cut.png");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PngExporter.readMoment(cut)).isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageContaining("damaged PNG image");
    }

    @Test
    void scalesOutside1To3AreRejected() {
        assertThatThrownBy(() -> PngExporter.Options.plain(0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 3");
        assertThatThrownBy(() -> PngExporter.Options.plain(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngExporter.Options.plain(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PngExporter.Options.plain(1.5).scale()).isEqualTo(1.5);
    }
}
