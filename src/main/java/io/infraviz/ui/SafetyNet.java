package io.infraviz.ui;

import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.Font;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;

/**
 * Catches what nothing else caught, on the EDT or any other thread: the problem is written to the
 * {@link ProblemLog} and a kind dialog says so ("Copy details", "Continue"); the window, the run
 * and the person's work stay as they were. One dialog at a time: problems that come while it is
 * open are only logged.
 */
public final class SafetyNet implements Thread.UncaughtExceptionHandler {
    static final String TITLE = "Something went wrong";
    private static final int WIDTH = 440;
    private boolean showing;

    /** Makes the safety net the handler of every thread's uncaught exceptions. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new SafetyNet());
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        String details = ProblemLog.record(t, e);
        String line = ProblemLog.oneLine(e);
        if (SwingUtilities.isEventDispatchThread()) {
            show(line, details);
        } else {
            SwingUtilities.invokeLater(() -> show(line, details));
        }
    }

    private void show(String line, String details) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialog(KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow(), line, details).setVisible(true);
        } finally {
            showing = false;
        }
    }

    /** The simulation stopped on a problem of its own: written down, and the person told (the run is paused). */
    static void simulationStopped(java.awt.Component owner, RuntimeException e) {
        ProblemLog.record(Thread.currentThread(), e);
        javax.swing.JOptionPane.showMessageDialog(owner, "The simulation stopped on an unexpected problem: "
                + ProblemLog.oneLine(e) + "\nIt is paused; Reset starts over. The details are in " + ConfigFolder.logFile() + ".",
                "InfraViz", javax.swing.JOptionPane.ERROR_MESSAGE);
    }

    private static JDialog dialog(Window owner, String line, String details) {
        JDialog d = new JDialog(owner, TITLE, java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        d.setLayout(new MigLayout("insets 16, wrap 1", "[" + WIDTH + "!]"));
        JLabel heading = new JLabel(TITLE);
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() * 1.2f));
        d.add(heading);
        d.add(wrapped(Character.toUpperCase(line.charAt(0)) + line.substring(1) + (line.endsWith(".") ? "" : ".")));
        d.add(wrapped("Your work is kept and InfraViz keeps running. The details were written to "
                + ConfigFolder.logFile() + "."), "gaptop 6");
        JButton copy = new JButton("Copy details");
        JButton go = new JButton("Continue");
        copy.addActionListener(e -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(details), null);
            copy.setText("Copied");
        });
        go.addActionListener(e -> d.dispose());
        d.add(copy, "split 2, right, gaptop 12");
        d.add(go);
        d.getRootPane().setDefaultButton(go);
        d.getRootPane().registerKeyboardAction(e -> d.dispose(), javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        d.pack();
        d.setLocationRelativeTo(owner);
        return d;
    }

    /** A label-like text that wraps, for lines as long as a file's path. */
    private static JTextArea wrapped(String text) {
        JTextArea t = new JTextArea(text);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setEditable(false);
        t.setFocusable(false);
        t.setOpaque(false);
        t.setBorder(null);
        t.setFont(new JLabel().getFont());
        // A wrapping text's height depends on its width: give it the width first, so pack() sees its real height.
        t.setSize(WIDTH, Short.MAX_VALUE);
        return t;
    }
}
