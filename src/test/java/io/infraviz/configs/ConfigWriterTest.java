package io.infraviz.configs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The folder is written all or nothing, and an existing one is replaced only when asked. */
class ConfigWriterTest {
    @TempDir
    Path tmp;

    private static ConfigSet set(String... paths) {
        return new ConfigSet(Stream.of(paths).map(p -> new ConfigFile(p, null, List.of(new ConfigLine("# " + p, Set.of()))))
                .toList());
    }

    private List<String> entries(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderGetsEveryFileAndScriptsAreExecutable() throws IOException {
        Path out = tmp.resolve("out");
        ConfigWriter.write(set("README.md", "web-01/ufw.sh", "web-01/nginx/sites-available/site"), out);
        assertThat(Files.readString(out.resolve("web-01/nginx/sites-available/site"))).isEqualTo("# web-01/nginx/sites-available/site\n");
        assertThat(Files.isExecutable(out.resolve("web-01/ufw.sh"))).isTrue();
        assertThat(entries(tmp)).containsExactly("out");
    }

    @Test
    void anEarlierExportIsReplacedOnlyWhenAskedAndThenNothingOfItStays() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThat(ConfigWriter.problem(out, false)).isEmpty();
        ConfigWriter.write(ConfigCases.stage(io.infraviz.scenario.Stages.DISTRIBUTED, s -> s, "").generate(), out);
        Files.writeString(out.resolve("old.txt"), "old");
        assertThat(ConfigWriter.problem(out, false)).hasValue("folder '" + out + "' is not empty");
        assertThat(ConfigWriter.problem(out, true)).isEmpty();
        ConfigWriter.write(set("README.md"), out);
        assertThat(entries(out)).containsExactly("README.md");
        assertThat(entries(tmp)).containsExactly("out");
    }

    @Test
    void aFolderHoldingAnythingButAnEarlierExportIsNeverReplaced() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("README.md"), "# My notes\n");
        for (boolean replace : new boolean[] {false, true}) {
            assertThat(ConfigWriter.problem(mine, replace)).hasValue("folder '" + mine + "' is not empty and holds no earlier export");
        }
        assertThat(ConfigWriter.problem(tmp.resolve("new"), true)).isEmpty();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAProblem() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertThat(ConfigWriter.problem(file, true)).hasValue("'" + file + "' is a file, not a folder");
        assertThat(ConfigWriter.problem(tmp.resolve("missing/out"), false)).hasValue("folder '" + tmp.resolve("missing") + "' does not exist");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFolderAsItWasAndNoTemporaryOne() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("old.txt"), "old");
        // "a" is a file, so "a/b" cannot be made: the write fails after its first file.
        assertThatThrownBy(() -> ConfigWriter.write(set("a", "a/b"), out)).isInstanceOf(IOException.class);
        assertThat(entries(out)).containsExactly("old.txt");
        assertThat(entries(tmp)).containsExactly("out");
    }
}
