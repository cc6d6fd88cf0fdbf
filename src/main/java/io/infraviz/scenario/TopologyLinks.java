package io.infraviz.scenario;

import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.scenario.TopologyFile.FileLink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links of a topology file and what follows from them: each joins two known components once,
 * never one to itself, replication joins databases, requests never go round in a loop, and every
 * database but the Primary is a Replica that replication from the Primary reaches.
 */
final class TopologyLinks {
    private final TopologyChecks checks;
    private final List<FileLink> links;

    TopologyLinks(TopologyChecks checks, List<FileLink> links) {
        this.checks = checks;
        this.links = links;
    }

    void check() throws JsonInput.BadJson {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            int index = i;
            checks.section(() -> link(index, seen, next));
        }
    }

    /** One link, against the ones before it ({@code seen}, and {@code next} for loops). */
    private void link(int i, Map<String, Integer> seen, Map<String, List<String>> next) throws JsonInput.BadJson {
        FileLink l = links.get(i);
        String at = "links[" + i + "]";
        Role from = checks.component(l.from(), at + ".from");
        Role to = checks.component(l.to(), at + ".to");
        checks.text(l.purpose(), at + ".purpose");
        LinkPurpose purpose = TopologyFile.purpose(l.purpose());
        if (purpose == null) {
            throw checks.bad(at + ".purpose", "unknown purpose '" + l.purpose() + "'"
                    + TopologyChecks.closest(l.purpose(), TopologyFile.words(LinkPurpose.class)));
        }
        if (l.from().equals(l.to())) {
            throw checks.bad(at, "a link from '" + l.from() + "' to itself");
        }
        String wrong = LinkRules.fileProblem(from, to, purpose);
        if (wrong != null) {
            throw checks.bad(at, wrong);
        }
        Integer twin = seen.putIfAbsent(l.from() + " " + l.to() + " " + purpose, i);
        if (twin != null) {
            throw checks.bad(at, "the same link as links[" + twin + "]");
        }
        next.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
        String loop = loopThrough(l.from(), next);
        if (loop != null) {
            throw checks.bad(at, "closes a loop (" + loop + "); requests and copies must flow one way");
        }
    }

    /** The loop through {@code start} that the link just added closes, as "a -> b -> a", or null. */
    private static String loopThrough(String start, Map<String, List<String>> next) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> visited = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String n : next.getOrDefault(path.get(path.size() - 1), List.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(n);
                if (n.equals(start)) {
                    return String.join(" -> ", longer);
                }
                if (visited.add(n)) {
                    paths.add(longer);
                }
            }
        }
        return null;
    }

    /**
     * The Primary is a database, and replication from it reaches every other database. A database
     * nothing replicates to is a second Primary (both would take writes: the application's writes
     * split between two copies that never meet), said once with both; a database copying only
     * from databases the Primary does not reach (round a loop) is a Replica without a Primary.
     */
    void databases(String primary) throws JsonInput.BadJson {
        List<String> databases = checks.roles().entrySet().stream().filter(e -> e.getValue() == Role.DATABASE)
                .map(Map.Entry::getKey).toList();
        if (primary == null) {
            if (!databases.isEmpty()) {
                throw checks.bad("primary", "missing; name the database that starts as Primary (one of "
                        + String.join(", ", databases) + ")");
            }
            return;
        }
        Role role = checks.component(primary, "primary");
        if (role != Role.DATABASE) {
            throw checks.bad("primary", "'" + primary + "' is " + TopologyChecks.word(role) + ", not a database");
        }
        Map<String, String> source = new HashMap<>();
        for (FileLink l : links) {
            if (TopologyFile.purpose(l.purpose()) == LinkPurpose.REPLICATION) {
                source.putIfAbsent(l.to(), l.from());
            }
        }
        if (source.containsKey(primary)) {
            throw checks.bad("primary", primary, "'" + primary + "' cannot be the Primary: it copies '"
                    + source.get(primary) + "' (a replication link runs from there to it); name the database copies"
                    + " start at");
        }
        Set<String> reached = reachedFrom(primary);
        List<String> unreached = databases.stream().filter(db -> !reached.contains(db)).toList();
        List<String> secondPrimaries = unreached.stream().filter(db -> !source.containsKey(db)).toList();
        for (String db : secondPrimaries) {
            checks.section(() -> {
                throw checks.bad("primary", List.of(primary, db), "two Primaries: '" + primary + "' and '" + db
                        + "' both take writes, as nothing replicates to either; link replication from the Primary to"
                        + " the other");
            });
        }
        // the copies of a second Primary are fine once it is not one; only copies round a loop are left
        for (String db : secondPrimaries.isEmpty() ? unreached : List.<String>of()) {
            checks.section(() -> {
                throw checks.bad("primary", db, "database '" + db + "' is a Replica without a Primary: no replication"
                        + " link from '" + primary + "' reaches it");
            });
        }
    }

    /** The databases replication from {@code primary} reaches, with it. */
    private Set<String> reachedFrom(String primary) {
        Set<String> reached = new HashSet<>(Set.of(primary));
        Deque<String> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            String db = todo.poll();
            for (FileLink l : links) {
                if (l.from().equals(db) && TopologyFile.purpose(l.purpose()) == LinkPurpose.REPLICATION
                        && reached.add(l.to())) {
                    todo.add(l.to());
                }
            }
        }
        return reached;
    }
}
