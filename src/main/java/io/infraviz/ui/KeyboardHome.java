package io.infraviz.ui;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Supplier;

/**
 * Keeps the keyboard in the window so its shortcuts always answer. Key bindings work only when a
 * component inside has the focus, not the frame itself: when the window gets the focus with no
 * component holding it, or one of its dialogs (a file chooser, the export dialog, a message)
 * closes and nothing has the focus (as without a window manager), the home component takes it.
 */
final class KeyboardHome {
    private final JFrame frame;
    private final Supplier<Component> home;
    private final AWTEventListener dialogClosed = this::dialogClosed;

    private KeyboardHome(JFrame frame, Supplier<Component> home) {
        this.frame = frame;
        this.home = home;
    }

    /** Installs it; {@link #uninstall} when the window goes away. */
    static KeyboardHome install(JFrame frame, Supplier<Component> home) {
        KeyboardHome k = new KeyboardHome(frame, home);
        frame.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                SwingUtilities.invokeLater(() -> {
                    Component owner = frame.getFocusOwner();
                    if (owner == null || owner == frame || owner == frame.getRootPane()) {
                        home.get().requestFocusInWindow();
                    }
                });
            }
        });
        Toolkit.getDefaultToolkit().addAWTEventListener(k.dialogClosed, AWTEvent.WINDOW_EVENT_MASK);
        return k;
    }

    void uninstall() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(dialogClosed);
    }

    private void dialogClosed(AWTEvent e) {
        if (e.getID() == WindowEvent.WINDOW_CLOSED && e.getSource() instanceof Window w && owned(w) && frame.isShowing()
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow() == null) {
            SwingUtilities.invokeLater(() -> {
                frame.toFront();
                home.get().requestFocus();
            });
        }
    }

    private boolean owned(Window w) {
        for (Window o = w.getOwner(); o != null; o = o.getOwner()) {
            if (o == frame) {
                return true;
            }
        }
        return false;
    }
}
