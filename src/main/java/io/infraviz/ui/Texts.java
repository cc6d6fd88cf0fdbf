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

    /**
     * Read-only wrapping text that ignores being told what it already shows: a text area would
     * otherwise replace its document, lay its panel out again and repaint, which the live panels
     * (told every frame) would pay many times a frame.
     */
    static JTextArea wrapping() {
        JTextArea t = new JTextArea() {
            @Override
            public void setText(String text) {
                if (!getText().equals(text == null ? "" : text)) {
                    super.setText(text);
                }
            }
        };
        t.setEditable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setOpaque(false);
        return t;
    }
}
