package io.infraviz.export;

import io.infraviz.cli.CliRun;
import io.infraviz.scenario.Moment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} as a user runs it: files written, one line of output, bad input refused with exit code 2. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void keepTheDisplayAsItIs() {
        // The command sets java.awt.headless=true when nobody has; in this shared test JVM that
        // would hide the display from the window tests. Decide it here, as AWT sees it.
        System.setProperty("java.awt.headless", Boolean.toString(GraphicsEnvironment.isHeadless()));
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesAPngCarryingTheMoment() throws Exception {
        Path png = dir.resolve("shot.png");
        CliRun r = run("export", "--out", png.toString(), "--kill", "web-02", "--kill", "web-01.mysql", "--legend",
                "--caption", "--theme", "dark");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(r.out()).isEqualTo("Wrote " + png + " (" + img.getWidth() + " x " + img.getHeight() + " pixels)"
                + System.lineSeparator());
        assertThat(img.getWidth()).as("2x by default").isGreaterThan(2000);
        Moment m = PngExporter.readMoment(png);
        assertThat(m.actions()).extracting(Moment.Action::fault).containsExactly("kill:web-02", "kill:web-01.mysql");
        assertThat(m.actions()).extracting(Moment.Action::atUs).containsOnly(0L);
        assertThat(m.timeUs()).isEqualTo(12_000_000);
        // At 12 s the health checks have taken the killed server out.
        assertThat(CaptionText.lines(ExportFixtures.diagram(m, io.infraviz.diagram.DiagramTheme.DARK), m)
                .get(1)).contains("web-02 DOWN");
    }

    @Test
    void writesAnSvgAndHonoursScaleAndAt() throws Exception {
        Path svg = dir.resolve("d.svg");
        CliRun r = run("export", "--out", svg.toString(), "--scale", "1", "--at", "500", "--transparent");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote " + svg + " (").endsWith(" pixels)" + System.lineSeparator());
        assertThat(SvgExporterTest.parse(Files.readString(svg)).getDocumentElement().getAttribute("width"))
                .isEqualTo(r.out().replaceAll(".*\\((\\d+) x.*\\s*", "$1"));
        Path png = dir.resolve("small.png");
        assertThat(run("export", "--out", png.toString(), "--scale", "1", "--at", "0").code()).isZero();
        assertThat(PngExporter.readMoment(png).timeUs()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isLessThan(1300);
    }

    @Test
    void badInputGivesExitCode2AndOneLineNamingTheProblem() {
        String out = dir.resolve("x.png").toString();
        expectUsage(new String[] {"export", "--out", out, "--scale", "7"}, "--scale", "7");
        expectUsage(new String[] {"export", "--out", out, "--kill", "nope"}, "--kill nope", "unknown component");
        expectUsage(new String[] {"export", "--out", dir.resolve("x.gif").toString()}, "x.gif", ".png or .svg");
        expectUsage(new String[] {"export", "--out", out, "--theme", "blue"}, "--theme", "blue");
        expectUsage(new String[] {"export", "--out", out, "--at", "-1"}, "--at", "-1");
        expectUsage(new String[] {"export", "--out", out, "--stage", "moon"}, "--stage", "moon");
        expectUsage(new String[] {"export", "--out", dir.resolve("no/such/x.png").toString()}, "--out", "does not exist");
        expectUsage(new String[] {"export", "--out", dir.resolve("x.svg").toString(), "--legend"}, "--legend", "PNG");
        expectUsage(new String[] {"export", "--out", out, "--kill", "web-01.mysql->web-02.mysql"}, "--kill", "link");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    /** A topology at the host limit draws taller than memory allows at the default scale: refused at once, nothing written. */
    @Test
    void aPictureTooLargeForMemoryIsRefusedBeforeItIsDrawn() throws Exception {
        Path big = java.nio.file.Files.writeString(dir.resolve("big.json"),
                io.infraviz.scenario.JsonInputTest.bigTopology(198));
        String out = dir.resolve("big.png").toString();
        expectUsage(new String[] {"export", "--topology", big.toString(), "--out", out, "--scale", "3"},
                "the picture would be", "pixels; InfraViz draws at most 50,000,000");
        assertThat(dir.resolve("big.png")).doesNotExist();
    }

    private void expectUsage(String[] args, String... words) {
        CliRun r = run(args);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).as("one line").doesNotContain("\n").startsWith("infraviz: ");
        for (String w : words) {
            assertThat(r.err()).contains(w);
        }
    }
}
