package io.infraviz.scenario.lesson;

import io.infraviz.model.SimulationSettings;

/**
 * The bounds of a lesson file (documented in docs/scenarios.md), so that no lesson can run
 * forever or eat the memory: the built-in lessons stay far inside them.
 */
final class LessonLimits {
    /** The longest a step may wait, time out or delay an action: ten minutes of simulated time. */
    static final double MAX_STEP_SECONDS = 600;
    /** The highest request rate a lesson may set, per second (the built-in lessons use at most 8). */
    static final double MAX_RATE = 100;
    static final int MAX_STEPS = 100;
    static final int MAX_QUESTIONS = 50;

    private LessonLimits() {
    }

    /** Refuses a time past {@link #MAX_STEP_SECONDS}; {@code field} names it. */
    static void seconds(Double value, String field) {
        if (value != null && value > MAX_STEP_SECONDS) {
            throw new IllegalArgumentException(field + ": at most " + (int) MAX_STEP_SECONDS
                    + " seconds in a step, got " + value);
        }
    }

    /** Refuses settings with a request rate past {@link #MAX_RATE}. */
    static void rate(SimulationSettings s, String key, Object given) {
        if (s.traffic().requestsPerSecond() > MAX_RATE) {
            throw new IllegalArgumentException(key + ": setting '" + key + "': a lesson may send at most " + (int) MAX_RATE
                    + " requests per second, got " + given);
        }
    }

    static void count(int size, int max, String field, String what) {
        if (size > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " " + what + " in a lesson, got " + size);
        }
    }
}
