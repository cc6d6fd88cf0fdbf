package io.infraviz.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineTest {

    @Test
    void eventsRunInTimeOrderAndTiesInTheOrderTheyWereScheduled() {
        Engine e = new Engine();
        List<String> seen = new ArrayList<>();
        e.schedule(30, () -> seen.add("c@" + e.now()));
        e.schedule(10, () -> seen.add("a@" + e.now()));
        for (int i = 0; i < 50; i++) {
            int n = i;
            e.schedule(20, () -> seen.add("b" + n));
        }
        e.runUntil(100);
        assertThat(seen.get(0)).isEqualTo("a@10");
        for (int i = 0; i < 50; i++) {
            assertThat(seen.get(i + 1)).isEqualTo("b" + i);
        }
        assertThat(seen.get(51)).isEqualTo("c@30");
        assertThat(e.now()).isEqualTo(100);
    }

    @Test
    void manyRandomEventsComeOutSorted() {
        Engine e = new Engine();
        SeededRandom r = new SeededRandom(3);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            e.schedule(r.nextInt(1_000_000), () -> times.add(e.now()));
        }
        while (e.step()) {
            // run all
        }
        assertThat(times).hasSize(20_000).isSorted();
    }

    @Test
    void schedulingInThePastFailsLoudly() {
        Engine e = new Engine();
        e.runUntil(50);
        assertThatThrownBy(() -> e.schedule(-1, () -> { })).hasMessageContaining("past");
        assertThatThrownBy(() -> e.scheduleAt(10, () -> { })).hasMessageContaining("before now");
    }

    @Test
    void aBudgetStopsARunEarlyAndItCarriesOnLater() {
        Engine e = new Engine();
        for (int i = 1; i <= 10; i++) {
            e.schedule(i, () -> { });
        }
        assertThat(e.runUntil(100, 4)).isFalse();
        assertThat(e.now()).isEqualTo(4);
        assertThat(e.runUntil(100, 100)).isTrue();
        assertThat(e.eventsRun()).isEqualTo(10);
    }

    @Test
    void seededRandomIsTheSameForTheSameSeed() {
        SeededRandom a = new SeededRandom(99);
        SeededRandom b = new SeededRandom(99);
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
        assertThat(new SeededRandom(1).nextLong()).isNotEqualTo(new SeededRandom(2).nextLong());
    }
}
