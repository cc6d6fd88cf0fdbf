package io.infraviz.configs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a file line by line: comments in the file's own comment mark, lines tagged with what they
 * configure. Every line that is not a comment is also about the component that owns the file.
 */
final class FileText {
    private final String mark;
    private final List<ConfigLine> lines = new ArrayList<>();
    private final List<Boolean> comments = new ArrayList<>();

    /** @param mark what starts a comment in this kind of file: {@code #} or {@code --} */
    FileText(String mark) {
        this.mark = mark;
    }

    /** A comment line for the student reading the file (indented like {@code indent}). */
    FileText note(String indent, String text) {
        return add(indent + mark + " " + text, true);
    }

    /** A top-level comment line. */
    FileText note(String text) {
        return note("", text);
    }

    /** A line of configuration about the given components. */
    FileText line(String text, String... about) {
        return add(text, text.isBlank(), about);
    }

    FileText blank() {
        return add("", true);
    }

    private FileText add(String text, boolean comment, String... about) {
        lines.add(new ConfigLine(text, Set.of(about)));
        comments.add(comment);
        return this;
    }

    /** The file; {@code owner} may be null (a file no one component owns). */
    ConfigFile file(String path, String owner) {
        List<ConfigLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ConfigLine l = lines.get(i);
            if (owner != null && !comments.get(i)) {
                Set<String> about = new HashSet<>(l.about());
                about.add(owner);
                l = new ConfigLine(l.text(), about);
            }
            out.add(l);
        }
        return new ConfigFile(path, owner, out);
    }
}
