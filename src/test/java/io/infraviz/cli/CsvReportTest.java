package io.infraviz.cli;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A CSV nobody reads any more (its pipe closed, as {@code | head} does) stops the run. */
class CsvReportTest {

    @Test
    void aClosedOutputStopsTheRunWithinAFewThousandRows() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        CsvReport csv = new CsvReport(new PrintWriter(closed));
        assertThatThrownBy(() -> {
            for (long i = 0; i < 10_000; i++) {
                csv.onEvent(new SimEvent.RequestCompleted(new RequestResult(i, i, i + 5, RequestKind.READ, "203.0.113.7",
                        "web-01", "web-01.mysql", Outcome.FRESH, "", "", 0, 0)));
            }
        }).isInstanceOf(CsvReport.ReaderGone.class);
    }
}
