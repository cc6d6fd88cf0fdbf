package io.infraviz.fuzz;

import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Feeds mutated copies of valid files to a loader for a fixed time. Each load must succeed or throw
 * the loader's own validation exception within {@link #LOAD_LIMIT}; anything else (a
 * NullPointerException, a ClassCastException, a StackOverflowError, running out of memory or
 * time) is a finding, kept once per kind and place with the input that caused it, which is saved
 * under {@code target/fuzz-findings/}.
 */
final class LoaderFuzz {
    static final Duration LOAD_LIMIT = Duration.ofSeconds(5);
    private static final Path FINDINGS = Path.of("target", "fuzz-findings");

    /** Reads a file the way the application does. */
    interface Loader {
        Object load(Path file) throws Exception;
    }

    /** What the application does with what it loaded (builds a run...); may throw IllegalArgumentException. */
    interface Use {
        void use(Object loaded) throws Exception;
    }

    private final String name;
    private final String extension;
    private final Map<String, byte[]> seeds;
    private final Class<? extends Exception> validation;
    private final Map<String, String> findings = new LinkedHashMap<>();
    private final Map<String, String> leakyMessages = new LinkedHashMap<>();
    private int tries;
    private int loaded;

    LoaderFuzz(String name, String extension, Map<String, byte[]> seeds, Class<? extends Exception> validation) {
        this.name = name;
        this.extension = extension;
        this.seeds = seeds;
        this.validation = validation;
    }

    /**
     * Mutates and loads until {@code budget} has passed.
     *
     * @param use what to do with a file that loaded, or null to check the loader alone
     */
    LoaderFuzz run(long seed, Duration budget, Loader loader, Use use) throws IOException {
        Mutator mutator = new Mutator(seed);
        List<String> names = new ArrayList<>(seeds.keySet());
        Path dir = Files.createTempDirectory("infraviz-fuzz");
        long end = System.nanoTime() + budget.toNanos();
        try {
            while (System.nanoTime() < end) {
                String from = names.get(tries % names.size());
                Mutator.Mutant m = mutator.mutate(seeds.get(from));
                Path file = dir.resolve(name + "-" + tries + "." + extension);
                Files.write(file, m.bytes());
                tries++;
                tryOne(file, from + ": " + m.how(), loader, use);
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        return this;
    }

    private void tryOne(Path file, String how, Loader loader, Use use) {
        Object result;
        try {
            result = assertTimeoutPreemptively(LOAD_LIMIT, () -> loader.load(file));
        } catch (AssertionFailedError timeout) {
            record("load: " + timeout.getMessage(), how, file);
            return;
        } catch (Throwable t) {
            if (validation.isInstance(t)) {
                noteLeak(t.getMessage(), how);
            } else {
                record("load: " + describe(t), how, file);
            }
            return;
        }
        loaded++;
        if (use != null) {
            try {
                assertTimeoutPreemptively(LOAD_LIMIT, () -> use.use(result));
            } catch (AssertionFailedError timeout) {
                record("use: " + timeout.getMessage(), how, file);
            } catch (IllegalArgumentException refused) {
                noteLeak(refused.getMessage(), how);
            } catch (Throwable t) {
                record("use: " + describe(t), how, file);
            }
        }
    }

    /** The exception's class and where in the project it was thrown: one finding per pair. */
    private static String describe(Throwable t) {
        String where = "";
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("io.infraviz.") && !e.getClassName().startsWith("io.infraviz.fuzz.")) {
                where = " at " + e.getClassName().replace("io.infraviz.", "") + "." + e.getMethodName() + ":" + e.getLineNumber();
                break;
            }
        }
        return t.getClass().getSimpleName() + where;
    }

    private void record(String kind, String how, Path file) {
        if (findings.containsKey(kind)) {
            return;
        }
        try {
            Files.createDirectories(FINDINGS);
            Path kept = FINDINGS.resolve(name + "-" + (findings.size() + 1) + "." + extension);
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            findings.put(kind, how + " (kept as " + kept + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refusal that shows Java's words instead of the user's (a failure too). */
    private void noteLeak(String message, String how) {
        String m = String.valueOf(message);
        if (m.contains("Exception") || m.contains("because \"") || m.contains("java.util") || m.contains("'null'")
                || m.contains("JsonToken") || m.contains("[\"")) {
            leakyMessages.putIfAbsent(m.replaceAll("\\d+", "N"), how + " -> " + m);
        }
    }

    /** How many kinds of refusal showed Java's words. */
    int leakyMessages() {
        return leakyMessages.size();
    }

    Map<String, String> findings() {
        return findings;
    }

    /** One line for the test's output: tries, loaded, findings and leaky messages. */
    String summary() {
        StringBuilder b = new StringBuilder(name + ": " + tries + " tries, " + loaded + " loaded, "
                + findings.size() + " findings");
        findings.forEach((k, v) -> b.append("\n  FINDING ").append(k).append(" <- ").append(v));
        leakyMessages.values().stream().limit(5).forEach(v -> b.append("\n  message shows Java's words: ").append(v));
        return b.toString();
    }
}
