package io.infraviz.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Percentiles are exact up to the documented count, then within 0.1 %, with the maximum always exact. */
class LatenciesTest {

    @Test
    void upToTheCapEveryPercentileIsAnActualValue() {
        Latencies l = new Latencies();
        assertThat(l.percentile(50)).isZero();
        for (long v = 1; v <= 1000; v++) {
            l.add(v * 7);
        }
        assertThat(l.percentile(50)).isEqualTo(500 * 7);
        assertThat(l.percentile(99)).isEqualTo(990 * 7);
        assertThat(l.percentile(100)).isEqualTo(1000 * 7);
    }

    @Test
    void pastTheCapPercentilesStayWithinAThousandthAndTheMaximumIsExact() {
        Latencies l = new Latencies();
        long[] all = new long[Latencies.EXACT_UP_TO + 500_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = 25_000 + (i * 7919L) % 100_003;
            l.add(all[i]);
        }
        Arrays.sort(all);
        assertThat(l.percentile(100)).isEqualTo(all[all.length - 1]);
        for (double p : new double[] {50, 95, 99}) {
            double exact = all[(int) Math.ceil(p / 100 * all.length) - 1];
            assertThat((double) l.percentile(p)).as("p%s", p).isCloseTo(exact, within(exact * 0.001 + 1));
        }
    }
}
