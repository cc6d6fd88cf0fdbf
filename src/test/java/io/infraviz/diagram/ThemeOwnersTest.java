package io.infraviz.diagram;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The font family is named in {@link Fonts} only, and colours are made from literal values in
 * {@link DiagramTheme} only: every other file asks them, so a theme or font change is one edit.
 */
class ThemeOwnersTest {
    private static final Path SOURCES = Path.of("src");
    private static final Path TESTS = SOURCES.resolve("test");
    /** A colour written as a number or a hex string: new Color(0x…), new Color(12, …), "#RRGGBB", '#RRGGBB'. */
    private static final Pattern COLOUR_LITERAL =
            Pattern.compile("new (java\\.awt\\.)?Color\\(\\s*(0x|\\d)|[\"']#[0-9A-Fa-f]{6}[\"']|Color\\.decode\\(");

    @Test
    void onlyFontsNamesTheFontFamily() throws IOException {
        assertThat(filesNaming(Fonts.FAMILY)).containsExactly("Fonts.java");
    }

    @Test
    void onlyDiagramThemeMakesColoursFromLiterals() throws IOException {
        List<String> offenders = productFiles().filter(f -> COLOUR_LITERAL.matcher(read(f)).find())
                .map(f -> f.getFileName().toString()).toList();
        assertThat(offenders).containsExactly("DiagramTheme.java");
    }

    private static List<String> filesNaming(String text) throws IOException {
        return productFiles().filter(f -> read(f).contains(text)).map(f -> f.getFileName().toString()).toList();
    }

    /** Every file of the product's sources and resources (whatever the source set), not the tests. */
    private static Stream<Path> productFiles() throws IOException {
        try (Stream<Path> all = Files.walk(SOURCES)) {
            return all.filter(Files::isRegularFile).filter(f -> !f.startsWith(TESTS)).toList().stream();
        }
    }

    private static String read(Path f) {
        try {
            // Latin-1 reads any bytes (icons, images) without failing; the searched texts are ASCII.
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
