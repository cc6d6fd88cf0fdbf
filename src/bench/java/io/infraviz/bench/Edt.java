package io.infraviz.bench;

import javax.swing.SwingUtilities;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;

/** Runs code on the event dispatch thread and waits for it. */
final class Edt {
    private Edt() {
    }

    static <T> T call(Callable<T> work) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Object[] box = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    box[0] = work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        @SuppressWarnings("unchecked")
        T t = (T) box[0];
        return t;
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
