package io.infraviz.ui;

import io.infraviz.model.SimulationSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Settings edits waiting for a later time of the run (a lesson's timed change), earliest first.
 * They are kept across a seek, dropped by a rewind to before them and by a new run.
 */
final class LaterEdits {
    private record Edit(long atUs, UnaryOperator<SimulationSettings> edit) {
    }

    private final List<Edit> edits = new ArrayList<>();

    void add(long atUs, UnaryOperator<SimulationSettings> edit) {
        edits.add(new Edit(atUs, edit));
        edits.sort(Comparator.comparingLong(Edit::atUs));
    }

    /** True when an edit is due at or before {@code timeUs}. */
    boolean dueBy(long timeUs) {
        return !edits.isEmpty() && edits.get(0).atUs() <= timeUs;
    }

    /** The time of the earliest edit; only when {@link #dueBy} said one is due. */
    long nextAt() {
        return edits.get(0).atUs();
    }

    /** Removes and returns the earliest edit. */
    UnaryOperator<SimulationSettings> takeNext() {
        return edits.remove(0).edit();
    }

    void dropFrom(long timeUs) {
        edits.removeIf(e -> e.atUs() >= timeUs);
    }

    void clear() {
        edits.clear();
    }
}
