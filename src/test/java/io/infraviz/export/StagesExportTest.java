package io.infraviz.export;

import io.infraviz.cli.CliRun;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stage renders headless, with its components, and carries its moment. */
class StagesExportTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void decideHeadless() {
        System.setProperty("java.awt.headless", Boolean.toString(GraphicsEnvironment.isHeadless()));
    }

    @ParameterizedTest
    @EnumSource(Stages.class)
    void everyStageExportsToPngAndSvg(Stages stage) throws Exception {
        Path png = dir.resolve(stage.code() + ".png");
        CliRun r = CliRun.of("export", "--stage", stage.code(), "--out", png.toString(), "--scale", "1", "--legend", "--caption");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(600);
        assertThat(ExportFixtures.distinctColours(img)).isGreaterThan(20);
        assertThat(PngExporter.readMoment(png).topology().name()).isEqualTo(stage.code());

        Path svg = dir.resolve(stage.code() + ".svg");
        assertThat(CliRun.of("export", "--stage", stage.code(), "--out", svg.toString()).code()).isZero();
        String text = java.nio.file.Files.readString(svg);
        for (var c : stage.topology().components()) {
            assertThat(text).as("%s in %s", c.label(), stage.code()).contains(c.role() == io.infraviz.model.Role.DATABASE
                    ? "MySQL" : c.label().split("\n")[0]);
        }
    }
}
