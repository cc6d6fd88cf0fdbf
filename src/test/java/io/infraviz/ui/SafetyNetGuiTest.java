package io.infraviz.ui;

import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Nothing unexpected takes the window down: a kind dialog, a log file, and the app goes on. */
@Tag("gui")
class SafetyNetGuiTest {
    private AppWindow app;
    private Thread.UncaughtExceptionHandler testsHandler;

    @BeforeEach
    void open() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        app = AppWindow.open();
        testsHandler = Thread.getDefaultUncaughtExceptionHandler();
        SafetyNet.install();
    }

    @AfterEach
    void close() {
        if (app != null) {
            Thread.setDefaultUncaughtExceptionHandler(testsHandler);
            app.close();
        }
    }

    @Test
    void aProblemOnTheEdtShowsTheDialogWritesTheLogAndTheAppGoesOn() throws Exception {
        SwingUtilities.invokeLater(() -> {
            throw new IllegalStateException("a part of the window broke");
        });
        DialogFixture dialog = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return SafetyNet.TITLE.equals(d.getTitle()) && d.isShowing();
            }
        }).withTimeout(10_000).using(app.robot);
        assertThat(texts(dialog.target())).contains("A part of the window broke.").contains(ConfigFolder.logFile().toString());

        // Pressed on the EDT: a robot click on a just-shown dialog can be lost without a window manager.
        app.run(dialog.button(UnsavedWorkGuiTest.withText("Copy details")).target()::doClick);
        // X11's clipboard can be busy for a moment (another owner answering): wait until it holds the details.
        app.await("the details are on the clipboard", () -> clipboard().contains("IllegalStateException")
                && clipboard().contains("SafetyNetGuiTest"));
        app.run(dialog.button(UnsavedWorkGuiTest.withText("Continue")).target()::doClick);

        Path log = app.configFolder.resolve("infraviz.log");
        assertThat(Files.readString(log)).contains("a part of the window broke").contains("SafetyNetGuiTest");
        // Still there and still answering: the clock moves and the Pause button pauses it.
        long before = app.now();
        app.await("the clock moving", () -> app.frame.driver().simulation().now() > before);
        app.button("Pause").click();
        app.await("paused", () -> !app.frame.driver().playing());
        assertThat(app.onEdt(() -> app.frame.isDisplayable())).isTrue();
    }

    @Test
    void aFailedBackgroundTaskIsToldInTheStatusBar() {
        app.run(() -> new BackgroundTask<String>("The issues analysis", () -> {
            throw new IllegalStateException("out of memory");
        }, done -> { }, app.frame.statusBar()::tell).execute());
        app.await("the status bar says so",
                () -> app.frame.statusBar().text().contains("The issues analysis failed: out of memory"));
    }

    private static String texts(java.awt.Container c) {
        StringBuilder b = new StringBuilder();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.text.JTextComponent t) {
                b.append(t.getText()).append('\n');
            } else if (child instanceof javax.swing.JLabel l) {
                b.append(l.getText()).append('\n');
            } else if (child instanceof java.awt.Container inner) {
                b.append(texts(inner));
            }
        }
        return b.toString();
    }

    private static String clipboard() {
        try {
            Object data = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
            return data == null ? "" : data.toString();
        } catch (Exception e) {
            return "";
        }
    }
}
