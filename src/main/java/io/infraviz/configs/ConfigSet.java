package io.infraviz.configs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every file generated for one design, in the order the folder's README lists them. */
public record ConfigSet(List<ConfigFile> files) {
    public ConfigSet {
        files = List.copyOf(files);
    }

    /** The file at {@code path}, if one was generated. */
    public Optional<ConfigFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The lines of one file that concern a component, in file order. */
    public record Excerpt(String path, List<String> lines) {
    }

    /**
     * The lines about any of {@code ids}, per file: first the few lines of other files that name
     * them (e.g. web-02's {@code server} line in HAProxy's file, its rule in a host's firewall),
     * then the files they own (every line but the comments).
     */
    public List<Excerpt> about(Set<String> ids) {
        List<Excerpt> owned = new ArrayList<>();
        List<Excerpt> mentioned = new ArrayList<>();
        for (ConfigFile f : files) {
            List<String> lines = f.lines().stream().filter(l -> l.about().stream().anyMatch(ids::contains))
                    .map(ConfigLine::text).toList();
            if (!lines.isEmpty()) {
                (f.owner() != null && ids.contains(f.owner()) ? owned : mentioned).add(new Excerpt(f.path(), lines));
            }
        }
        mentioned.addAll(owned);
        return mentioned;
    }
}
