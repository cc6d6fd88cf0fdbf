package io.infraviz.ui;

import com.mxgraph.swing.mxGraphComponent;
import com.mxgraph.util.mxEvent;
import com.mxgraph.util.mxEventSource;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A part of the window a teacher does not need in the first second (the side tabs, the charts):
 * it is built after the diagram's first frame is on screen, so the diagram shows first, or at once
 * when something asks for it sooner. Until then it is an empty panel of the part's size, so
 * nothing moves when the part arrives.
 */
final class Deferred<T extends JComponent> extends JPanel {
    private Supplier<T> make;
    private final Consumer<T> whenBuilt;
    private T part;

    /**
     * @param make      builds the part (on the EDT)
     * @param whenBuilt wires it to the rest of the window, once, right after it is built
     * @param size      the part's preferred size, kept until it is there
     */
    Deferred(Supplier<T> make, Consumer<T> whenBuilt, Dimension size) {
        super(new BorderLayout());
        this.make = make;
        this.whenBuilt = whenBuilt;
        setPreferredSize(size);
    }

    /** The part, built now if it was not yet. EDT only. */
    T get() {
        if (part == null) {
            part = make.get();
            make = null;
            setPreferredSize(null);
            add(part, BorderLayout.CENTER);
            whenBuilt.accept(part);
            revalidate();
            repaint();
        }
        return part;
    }

    /** Does something with the part only if it is already there (it is built with the current state). */
    void ifBuilt(Consumer<T> action) {
        if (part != null) {
            action.accept(part);
        }
    }

    boolean built() {
        return part != null;
    }

    /**
     * Builds the parts, one per turn of the event queue (the clock and the painting go on in
     * between), starting when the diagram has painted its first frame; then runs {@code then}.
     */
    static void buildAfterFirstPaint(mxGraphComponent diagram, List<Deferred<?>> parts, Runnable then) {
        ArrayDeque<Deferred<?>> waiting = new ArrayDeque<>(parts);
        mxEventSource.mxIEventListener[] first = new mxEventSource.mxIEventListener[1];
        first[0] = (sender, evt) -> {
            if (first[0] != null) {
                mxEventSource.mxIEventListener self = first[0];
                first[0] = null;
                // Not removed here: JGraphX is going through its listeners right now.
                SwingUtilities.invokeLater(() -> {
                    diagram.removeListener(self);
                    buildNext(waiting, then);
                });
            }
        };
        diagram.addListener(mxEvent.PAINT, first[0]);
    }

    private static void buildNext(ArrayDeque<Deferred<?>> waiting, Runnable then) {
        Deferred<?> next = waiting.poll();
        if (next == null) {
            then.run();
        } else {
            next.get();
            SwingUtilities.invokeLater(() -> buildNext(waiting, then));
        }
    }
}
