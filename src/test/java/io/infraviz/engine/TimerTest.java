package io.infraviz.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timers called off leave the queue at once, and everything else still runs in (time, insertion) order. */
class TimerTest {

    /** A timer that notes its name in a shared list when it fires. */
    private static final class Noting extends Timer {
        private final List<String> fired;
        private final String name;

        Noting(List<String> fired, String name) {
            this.fired = fired;
            this.name = name;
        }

        @Override
        public void fire() {
            fired.add(name);
        }
    }

    @Test
    void aCancelledTimerNeverFiresAndLeavesTheQueueAtOnce() {
        Engine engine = new Engine();
        List<String> fired = new ArrayList<>();
        Noting timeout = new Noting(fired, "timeout");
        engine.startTimer(30_000_000, timeout);
        engine.schedule(5, () -> fired.add("answer"));
        assertThat(engine.pending()).isEqualTo(2);
        assertThat(timeout.pending()).isTrue();

        engine.cancel(timeout);

        assertThat(engine.pending()).as("removed now, not when its time comes").isEqualTo(1);
        assertThat(timeout.pending()).isFalse();
        engine.runUntil(60_000_000);
        assertThat(fired).containsExactly("answer");
        assertThat(engine.eventsRun()).as("a called-off timer is not an event").isEqualTo(1);
    }

    @Test
    void cancellingTwiceOrAfterItFiredOrNeverStartedDoesNothing() {
        Engine engine = new Engine();
        List<String> fired = new ArrayList<>();
        Noting t = new Noting(fired, "t");
        engine.cancel(t);
        engine.cancel(null);
        engine.startTimer(10, t);
        engine.runUntil(20);
        engine.cancel(t);
        assertThat(fired).containsExactly("t");
        // Fired, it can be started again.
        engine.startTimer(30, t);
        engine.cancel(t);
        engine.cancel(t);
        engine.runUntil(40);
        assertThat(fired).containsExactly("t");
    }

    @Test
    void aPendingTimerCannotBeStartedTwiceAndOneInThePastFiresNow() {
        Engine engine = new Engine();
        List<String> fired = new ArrayList<>();
        Noting t = new Noting(fired, "t");
        engine.runUntil(100);
        engine.startTimer(50, t);
        assertThatThrownBy(() -> engine.startTimer(200, t)).isInstanceOf(IllegalStateException.class);
        assertThat(engine.peekTime()).isEqualTo(100);
        engine.step();
        assertThat(fired).containsExactly("t");
    }

    /** Random starts, cancels and steps against a sorted map of what should be pending, on several seeds. */
    @Test
    void randomStartsAndCancelsKeepTheOrderOfEverythingElse() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Engine engine = new Engine();
            List<String> fired = new ArrayList<>();
            TreeMap<Long, String> expected = new TreeMap<>();
            List<Noting> timers = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            long order = 0;
            List<String> expectedFired = new ArrayList<>();
            for (int op = 0; op < 3000; op++) {
                int what = random.nextInt(10);
                if (what < 5) {
                    long at = engine.now() + random.nextLong(1, 1000);
                    String name = "t" + op;
                    Noting t = new Noting(fired, name);
                    engine.startTimer(at, t);
                    long key = at * 1_000_000 + order++;
                    expected.put(key, name);
                    timers.add(t);
                    keys.add(key);
                } else if (what < 8 && !timers.isEmpty()) {
                    int i = random.nextInt(timers.size());
                    engine.cancel(timers.get(i));
                    expected.remove(keys.get(i));
                } else if (!expected.isEmpty()) {
                    expectedFired.add(expected.pollFirstEntry().getValue());
                    engine.step();
                }
                assertThat(engine.pending()).as("seed %d, step %d", seed, op).isEqualTo(expected.size());
            }
            while (engine.step()) {
                expectedFired.add(expected.pollFirstEntry().getValue());
            }
            assertThat(fired).as("seed %d", seed).isEqualTo(expectedFired);
        }
    }
}
