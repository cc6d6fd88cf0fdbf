package io.infraviz.scenario.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where the text shown before a prediction gives its answer away. In the player a step's
 * narration is shown, then its question's prompt and choices; only after the answer does the
 * class see the explanation and the step's effects. So the narration of a step with a question
 * must not say what the right choice says, nor state the effects the step expects.
 *
 * <p>Three checks, on words reduced to a crude stem (lower case, no punctuation, "fails",
 * "failed" and "failing" all "fail"; a few terms such as "load balancer" count as one word):
 * <ol>
 *   <li><b>the answer's words</b>: the narration contains the right choice, or one of its clauses
 *       (split at punctuation and at "but", "then", "and", "so") of two words or more that appears
 *       in no wrong choice and not in the prompt. The prompt, too, must not contain such a clause;</li>
 *   <li><b>its distinctive words</b>: the narration contains two (or, if the right choice has only
 *       one, that one) of the right choice's distinctive words: words in no wrong choice, not in
 *       the prompt, not common words ("the", "requests", "still"...) and not the names of the
 *       parts (narration has to name the Primary or web-02 to set the scene);</li>
 *   <li><b>outcome words</b>: for each effect the step expects, a short list of words that state
 *       it ("some reads are stale": "stale", "old data", "behind"...; "some requests fail":
 *       "fail", "refused", "502"...). The narration must not use them, unless the prompt does too
 *       (a prompt that asks "which requests fail?" may be set up by a narration that says "fail").</li>
 * </ol>
 */
final class PredictionSpoilers {
    private PredictionSpoilers() {
    }

    /** Common words, and words of the domain too common to give anything away. */
    private static final Set<String> COMMON = Set.of((
            "a an the and or but nor so yet to of in on at by for from with without into onto as is are was were be "
            + "been being am it its this that these those they them their there then than not do does did done has have "
            + "had having will would can could may might must shall should i we you he she our your my his her us me what "
            + "which who whom whose when where why how about after before again once up out over under off if while until "
            + "because just only very also too more most less some any all each every both either neither other another "
            + "same such own per here now still even ever much many few request requests user users server servers page "
            + "pages site web happen happens happened happening thing things way one two three first next last time go "
            + "goes going get gets got s ms").split(" "));

    /** Names of the parts: a narration names them to set the scene. */
    private static final Set<String> NAMES = Set.of((
            "haproxy nginx mysql primary replica dns application app database databases users "
            + "lb-01 lb-02 web-01 web-02 db-01 db-02 app-01 app-02 server-01").split(" "));

    /** Terms of several words that count as one. */
    private static final List<String> TERMS = List.of("virtual ip", "load balancer", "health check", "round robin",
            "timeout server", "bad gateway", "binary log", "least connections", "source hashing", "web server",
            "application server");

    /** A word that matches any one word in an outcome phrase. */
    private static final String ANY = "*";

    /** Words that state an expected effect, by the expectation they state. */
    private record Outcome(Pattern expectation, List<String> phrases) {
        Outcome(String regex, String... phrases) {
            this(Pattern.compile(regex), List.of(phrases));
        }
    }

    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("(requests|reads) are stale$", "stale", "old data", "older data", "old version",
                    "older version", "out of date", "outdated", "behind"),
            new Outcome("^no (requests|reads) are stale$", "fresh", "up to date", "latest"),
            new Outcome("(requests|reads|writes) fail$", "fail", "error", "refused", "502", "503", "504",
                    "time out", "timed out", "times out", "give up", "gives up", "outage", "nothing answers"),
            new Outcome("^(all|most) (requests|reads|writes) succeed$|^no (requests|reads|writes) fail$",
                    "nothing fails", "no failure", "no error", "keep working", "keeps working", "still works",
                    "works as before", "unnoticed", "nobody notices", "no traffic", "takes over", "carries on"),
            new Outcome("^some (requests|reads|writes) succeed$", "carries on", "carry on", "survive",
                    "keeps working", "keep working"),
            new Outcome(" is DOWN$", "mark", "taken * out", "take * out", "takes * out", "out of the rotation",
                    "in a row", "no more requests"),
            new Outcome(" is UP$", "mark", "in a row", "good checks", "rejoin", "back in the rotation"),
            new Outcome("^writes are lost$", "lost", "lose", "never received", "never reach", "discard"),
            new Outcome("^an alert is raised$", "alert", "is told", "are told", "warn", "notify", "notified"),
            new Outcome("^no alert is raised$", "no alert", "nobody is told", "nobody knows", "no one",
                    "unnoticed", "without anyone"),
            new Outcome("^attacks are blocked$", "block", "drop", "rejected", "cannot reach", "can't reach",
                    "only the connections"),
            new Outcome("^attacks get in$", "get in", "gets in", "connects"),
            new Outcome("^the eavesdropper sees only ciphertext$", "ciphertext", "encrypted", "cannot read",
                    "can't read", "unreadable", "scrambled"),
            new Outcome("^the eavesdropper reads clear text$", "clear text", "plain text", "cleartext", "can read"),
            new Outcome("^the virtual IP is on ", "takes over", "take over", "claims", "moves to"),
            new Outcome(" has caught up$", "catch up", "caught up", "up to date", "binary log", "lag shrink",
                    "from where it stopped"));

    /** One word: as written, and its stem. */
    record Word(String raw, String stem) {
    }

    /** The words of a text, in order. */
    static List<Word> words(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("'s\\b", "")
                .replaceAll("[^a-z0-9*\\-]+", " ")
                .replaceAll("(?<![a-z0-9])-|-(?![a-z0-9])", " ")
                .replaceAll("\\s+", " ").trim() + " ";
        for (String term : TERMS) {
            String joined = " " + term.replace(' ', '_') + " ";
            t = t.replace(" " + term + " ", joined).replace(" " + term + "s ", joined);
        }
        List<Word> out = new ArrayList<>();
        for (String w : t.trim().split(" ")) {
            if (!w.isEmpty()) {
                out.add(new Word(w.replace('_', ' '), stem(w)));
            }
        }
        return out;
    }

    /** A crude stem: enough to make "fails", "failed" and "failing" one word. */
    static String stem(String w) {
        if (w.contains("_") || w.contains("-") || w.equals(ANY) || w.chars().allMatch(Character::isDigit)) {
            return w;
        }
        switch (w) {
            case "caught": return "catch";
            case "lost", "losing": return "lose";
            case "failure", "failures": return "fail";
            case "told": return "tell";
            case "older": return "old";
            default: break;
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix) && !(suffix.equals("s") && w.endsWith("ss"))) {
                w = w.substring(0, w.length() - suffix.length());
                int n = w.length();
                if ((suffix.equals("ing") || suffix.equals("ed")) && n > 3 && w.charAt(n - 1) == w.charAt(n - 2)
                        && "bgmnpt".indexOf(w.charAt(n - 1)) >= 0) {
                    w = w.substring(0, n - 1);  // dropped -> drop, pinned -> pin
                }
                break;
            }
        }
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static List<String> stems(List<Word> words) {
        return words.stream().map(Word::stem).toList();
    }

    /** Where {@code needle} occurs in {@code hay} ({@code *} matches any one word), or -1. */
    static int find(List<String> hay, List<String> needle) {
        if (needle.isEmpty()) {
            return -1;
        }
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!needle.get(j).equals(ANY) && !needle.get(j).equals(hay.get(i + j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean contains(List<String> hay, List<String> needle) {
        return find(hay, needle) >= 0;
    }

    private static String quote(List<Word> words, int from, int count) {
        return "'" + String.join(" ", words.subList(from, from + count).stream().map(Word::raw).toList()) + "'";
    }

    /**
     * What the text shown before a step's prediction gives away, in plain words; empty when
     * nothing (or when the step has no question).
     */
    static List<String> of(Scenario.Step step) {
        Scenario.Question q = step.question();
        if (q == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        List<Word> narration = words(step.narration());
        List<String> told = stems(narration);
        List<String> prompt = stems(words(q.prompt()));
        String answer = q.choices().get(q.answer());
        List<String> right = stems(words(answer));
        List<List<String>> wrong = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            if (i != q.answer()) {
                wrong.add(stems(words(q.choices().get(i))));
            }
        }

        // 1. The right choice, or one of its clauses that no wrong choice shares.
        int whole = find(told, right);
        if (whole >= 0) {
            found.add("the narration says the right answer: " + quote(narration, whole, right.size()));
        }
        for (String clause : answer.split("[:;,.()]| but | then | and | so ")) {
            List<String> c = new ArrayList<>(stems(words(clause)));
            while (!c.isEmpty() && COMMON.contains(c.get(0))) {
                c.remove(0);
            }
            if (c.size() < 2 || wrong.stream().anyMatch(w -> contains(w, c))) {
                continue;
            }
            if (contains(prompt, c)) {
                found.add("the prompt says part of the right answer: '" + clause.strip() + "'");
            }
            int at = find(told, c);
            if (whole < 0 && at >= 0) {
                found.add("the narration says part of the right answer: " + quote(narration, at, c.size()));
            }
        }

        // 2. The right choice's distinctive words.
        Set<String> plain = new LinkedHashSet<>(prompt);
        wrong.forEach(plain::addAll);
        COMMON.forEach(w -> plain.add(stem(w)));
        NAMES.forEach(w -> plain.add(stem(w)));
        Set<String> distinctive = new LinkedHashSet<>(right);
        distinctive.removeAll(plain);
        Set<String> used = new LinkedHashSet<>();
        for (Word w : narration) {
            if (distinctive.contains(w.stem()) && used.stream().noneMatch(u -> stem(u).equals(w.stem()))) {
                used.add(w.raw());
            }
        }
        if (!used.isEmpty() && used.size() >= Math.min(2, distinctive.size())) {
            found.add("the narration uses words of the right answer that no wrong one has: " + used);
        }

        // 3. Words that state an effect the step expects.
        for (String expected : step.expect() == null ? List.<String>of() : step.expect()) {
            for (Outcome o : OUTCOMES) {
                if (!o.expectation().matcher(expected).find()) {
                    continue;
                }
                for (String phrase : o.phrases()) {
                    List<String> p = stems(words(phrase));
                    int where = find(told, p);
                    if (where >= 0 && !contains(prompt, p)) {
                        found.add("the narration states the expected effect '" + expected + "': "
                                + quote(narration, where, p.size()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
