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

    /** The part of one file that concerns a component: the whole file it owns, or the lines about it. */
    public record Excerpt(String path, boolean whole, List<String> lines) {
    }

    /**
     * What concerns any of {@code ids}: the files they own, whole, then in every other file the
     * lines about them (e.g. web-02's {@code server} line in HAProxy's file).
     */
    public List<Excerpt> about(Set<String> ids) {
        List<Excerpt> owned = new ArrayList<>();
        List<Excerpt> mentioned = new ArrayList<>();
        for (ConfigFile f : files) {
            if (f.owner() != null && ids.contains(f.owner())) {
                owned.add(new Excerpt(f.path(), true, f.lines().stream().map(ConfigLine::text).toList()));
                continue;
            }
            List<String> lines = f.lines().stream().filter(l -> l.about().stream().anyMatch(ids::contains))
                    .map(ConfigLine::text).toList();
            if (!lines.isEmpty()) {
                mentioned.add(new Excerpt(f.path(), false, lines));
            }
        }
        owned.addAll(mentioned);
        return owned;
    }
}
