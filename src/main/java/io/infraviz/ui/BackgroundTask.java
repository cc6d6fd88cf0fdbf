package io.infraviz.ui;

import javax.swing.SwingWorker;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Work off the EDT whose failure is never silent: the result goes to {@code done} on the EDT; a
 * failure is written to the {@link ProblemLog} and told in one line ("The export failed: ...")
 * to {@code failed}, usually the status bar.
 */
final class BackgroundTask<T> extends SwingWorker<T, Void> {
    private final String what;
    private final Callable<T> work;
    private final Consumer<T> done;
    private final Consumer<String> failed;

    /** @param what names the work in a sentence, e.g. "The issues analysis" */
    BackgroundTask(String what, Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        this.what = what;
        this.work = work;
        this.done = done;
        this.failed = failed;
    }

    @Override
    protected T doInBackground() throws Exception {
        return work.call();
    }

    @Override
    protected void done() {
        if (isCancelled()) {
            return;
        }
        T result;
        try {
            result = get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ProblemLog.record(Thread.currentThread(), cause);
            failed.accept(what + " failed: " + ProblemLog.oneLine(cause));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        done.accept(result);
    }
}
