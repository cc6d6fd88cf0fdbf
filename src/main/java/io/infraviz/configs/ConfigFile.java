package io.infraviz.configs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated file.
 *
 * @param path  where it goes in the exported folder, with {@code /} separators (e.g. {@code lb-01/haproxy.cfg})
 * @param owner the component it configures, or {@code null} for the folder's README
 * @param lines its lines, in order
 */
public record ConfigFile(String path, String owner, List<ConfigLine> lines) {
    public ConfigFile {
        lines = List.copyOf(lines);
    }

    /** The file's whole text, each line ending in a line feed. */
    public String text() {
        return lines.stream().map(l -> l.text() + "\n").collect(Collectors.joining());
    }
}
