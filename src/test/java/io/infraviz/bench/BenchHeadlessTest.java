package io.infraviz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infraviz.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Without a display, frames and start-up are skipped with a message and the command still
 * succeeds. (Surefire gives each test class its own JVM, so setting the property here is safe.)
 */
class BenchHeadlessTest {
    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void windowPartsAreSkippedWithAMessage() throws Exception {
        assumeTrue(GraphicsEnvironment.isHeadless(), "AWT was already started with a display in this JVM");
        CliRun r = BenchRun.of("--quick", "--only", "frames,startup", "--format", "json");

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("skipped, no display").contains("xvfb-run");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("frames").isNull()).isTrue();
        assertThat(root.get("startup").isNull()).isTrue();

        CliRun table = BenchRun.of("--quick", "--only", "startup");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("skipped, no display");
    }
}
