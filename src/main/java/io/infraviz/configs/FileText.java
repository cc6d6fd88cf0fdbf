package io.infraviz.configs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds a file line by line: comments in the file's own comment mark, lines tagged with what they configure. */
final class FileText {
    private final String mark;
    private final List<ConfigLine> lines = new ArrayList<>();

    /** @param mark what starts a comment in this kind of file: {@code #} or {@code --} */
    FileText(String mark) {
        this.mark = mark;
    }

    /** A comment line for the student reading the file (indented like {@code indent}). */
    FileText note(String indent, String text) {
        lines.add(new ConfigLine(indent + mark + " " + text, Set.of()));
        return this;
    }

    /** A top-level comment line. */
    FileText note(String text) {
        return note("", text);
    }

    /** A line of configuration about the given components. */
    FileText line(String text, String... about) {
        lines.add(new ConfigLine(text, Set.of(about)));
        return this;
    }

    FileText blank() {
        lines.add(new ConfigLine("", Set.of()));
        return this;
    }

    ConfigFile file(String path, String owner) {
        return new ConfigFile(path, owner, lines);
    }
}
