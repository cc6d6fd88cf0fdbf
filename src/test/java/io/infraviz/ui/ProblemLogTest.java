package io.infraviz.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a person reads about an unexpected problem is plain: no variable names, no class paths. */
class ProblemLogTest {
    @Test
    void aPlainMessageIsKept() {
        assertThat(ProblemLog.oneLine(new IllegalStateException("the disk is full"))).isEqualTo("the disk is full");
    }

    @Test
    void aWrapperGivesWayToItsCause() {
        assertThat(ProblemLog.oneLine(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo("No space left on device");
    }

    @Test
    void aProgrammingErrorSaysItIsABugNotThePersonsDoing() {
        Object nothing = null;
        NullPointerException npe = null;
        try {
            nothing.toString();
        } catch (NullPointerException e) {
            npe = e;
        }
        assertThat(ProblemLog.oneLine(npe)).isEqualTo("a bug in InfraViz (NullPointerException), not something you did");
        assertThat(ProblemLog.oneLine(new RuntimeException())).isEqualTo("a bug in InfraViz (RuntimeException), not something you did");
    }
}
