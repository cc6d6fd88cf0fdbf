package io.infraviz.ui;

import javax.swing.JLabel;
import javax.swing.JTextArea;

/** The side panels' two kinds of text: a small heading, and read-only text that wraps. */
final class Texts {
    private Texts() {
    }

    static JLabel heading(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty("FlatLaf.styleClass", "h4");
        return l;
    }

    static JTextArea wrapping() {
        JTextArea t = new JTextArea();
        t.setEditable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setOpaque(false);
        return t;
    }
}
