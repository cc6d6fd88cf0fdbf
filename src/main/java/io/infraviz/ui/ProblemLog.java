package io.infraviz.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The log of unexpected problems, in the {@link ConfigFolder}: each one appended with the time,
 * the thread and the stack trace (a log grows by appending, so it is the one file not written
 * whole; past 1 MB it is moved aside to {@code infraviz.log.old} and starts again).
 */
final class ProblemLog {
    private static final long MAX_BYTES = 1 << 20;

    private ProblemLog() {
    }

    /** Writes the problem down and returns its details (the stack trace); never throws. */
    static synchronized String record(Thread thread, Throwable e) {
        String details = stackTrace(e);
        Path log = ConfigFolder.logFile();
        try {
            Files.createDirectories(log.getParent());
            if (Files.isRegularFile(log) && Files.size(log) > MAX_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
            }
            String entry = Instant.now() + " in thread " + thread.getName() + "\n" + details + "\n";
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException logFailed) {
            // The log cannot be written (a full disk, no permission): the console keeps the details.
            System.err.print(details);
        }
        return details;
    }

    /**
     * The problem in one plain line: its message; for a programming error (whose message speaks of
     * variables and methods) or one without a message, that it is a bug and not the person's doing.
     */
    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank() || isBug(t)) {
            return "a bug in InfraViz (" + t.getClass().getSimpleName() + "), not something you did";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }

    private static boolean isBug(Throwable t) {
        return t instanceof NullPointerException || t instanceof ClassCastException || t instanceof IndexOutOfBoundsException
                || t instanceof ArithmeticException || t instanceof java.util.ConcurrentModificationException;
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
