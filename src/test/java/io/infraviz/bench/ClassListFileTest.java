package io.infraviz.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class list behind the class-data archive (pom.xml, {@link ClassList}) names the app's
 * classes as they are: a class renamed or removed since the list was written is only skipped by
 * Java, so the archive silently covers less, and the start-up it was made for gets slower.
 */
class ClassListFileTest {
    private static final Path LIST = Path.of("src/build/cds/infraviz.classlist");

    @Test
    void theListNamesTheAppsClassesAsTheyAreNow() throws Exception {
        List<String> ours = Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("io/infraviz/")).map(l -> l.split(" ")[0].replace('/', '.')).toList();
        assertThat(ours).as("the app's own classes in the list").hasSizeGreaterThan(200);
        List<String> missing = ours.stream().filter(n -> !exists(n)).toList();
        assertThat(missing).as("classes the list names that no longer exist: write the list again (README, Performance)")
                .hasSizeLessThanOrEqualTo(ours.size() / 10);
    }

    @Test
    void theListHoldsNothingAnArchiveCannotTakeOrTheBenchmarksOwnClasses() throws Exception {
        assertThat(Files.readAllLines(LIST, StandardCharsets.UTF_8))
                .noneMatch(l -> l.contains("io/infraviz/bench/") || l.contains("$Proxy"));
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, ClassListFileTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
