package io.infraviz.configs;

import java.util.Set;

/**
 * One line of a generated file, and the components it configures (so that the Inspector can show
 * a component the lines that concern it, e.g. its {@code server} line in HAProxy's file).
 *
 * @param text  the line, without its line break
 * @param about ids of the components the line is about; empty for comments and general lines
 */
public record ConfigLine(String text, Set<String> about) {
    public ConfigLine {
        about = Set.copyOf(about);
    }
}
