package io.infraviz.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The model, engine, simulation, analysis and scenarios never touch Swing, AWT or JGraphX. */
class LayeringTest {
    private static final Path ROOT = Path.of("src/main/java/io/infraviz");

    @Test
    void headlessPackagesImportNoUserInterface() throws IOException {
        for (String pkg : List.of("model", "engine", "sim", "analysis", "scenario")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(f);
                    assertThat(src).as(f.toString()).doesNotContain("java.awt").doesNotContain("javax.swing")
                            .doesNotContain("com.mxgraph");
                }
            }
        }
    }

    @Test
    void engineKnowsNothingAboutTheInfrastructure() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("engine"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                assertThat(src).as(f.toString()).doesNotContain("io.infraviz.sim").doesNotContain("io.infraviz.model")
                        .doesNotContain("Math.random").doesNotContain("new Random(").doesNotContain("currentTimeMillis");
            }
        }
    }
}
