package io.infraviz.sim.world;

import java.util.Arrays;
import java.util.function.Consumer;

/** The travellers currently in flight, with O(1) add and remove. */
public final class InFlight {
    private Traveller[] items = new Traveller[256];
    private int size;

    void add(Traveller t) {
        if (t.slot >= 0) {
            return;
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        t.slot = size;
        items[size++] = t;
    }

    void remove(Traveller t) {
        int i = t.slot;
        if (i < 0) {
            return;
        }
        Traveller last = items[--size];
        items[i] = last;
        last.slot = i;
        items[size] = null;
        t.slot = -1;
    }

    public int size() {
        return size;
    }

    public void forEach(Consumer<? super Traveller> action) {
        for (int i = 0; i < size; i++) {
            action.accept(items[i]);
        }
    }

    /** The traveller at position {@code i} (0 to size-1); positions change as travellers leave. */
    public Traveller get(int i) {
        return items[i];
    }

    void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }
}
