package io.infraviz.ui;

import java.awt.Frame;
import java.awt.Rectangle;
import javax.swing.JFrame;

/** A window's place on the screen in and out of full screen: it goes back where it was. */
final class ScreenBounds {
    /** Where the window was before full screen. */
    private Rectangle windowed;

    /** The whole screen, set outright: without a window manager (or under some) maximising does nothing. */
    void fullScreen(JFrame f) {
        windowed = f.getBounds();
        f.setBounds(f.getGraphicsConfiguration().getBounds());
        f.setExtendedState(Frame.MAXIMIZED_BOTH);
    }

    /** Back to the size and place it had before full screen. */
    void windowed(JFrame f) {
        f.setExtendedState(Frame.NORMAL);
        if (windowed != null) {
            f.setBounds(windowed);
        }
    }
}
