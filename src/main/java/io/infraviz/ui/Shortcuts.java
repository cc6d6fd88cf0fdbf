package io.infraviz.ui;

import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;

/**
 * The app's keyboard shortcuts, each bound once on the window's root pane
 * ({@code WHEN_IN_FOCUSED_WINDOW}), so a shortcut does the same thing wherever the focus is: in a
 * chart, a list, the diagram or a field. Menus only show the keys ({@link #menuItem}); they do
 * not bind them a second time. A key without Ctrl or Alt (Space, the arrows, brackets) is left to
 * a text field that has the focus, so typing a space in a number does not pause the run.
 */
final class Shortcuts {
    private Shortcuts() {
    }

    /** An action with a name and, when {@code key} is not null, its shortcut (KeyStroke syntax). */
    static Action action(String name, String key, Consumer<ActionEvent> body) {
        AbstractAction a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.accept(e);
            }
        };
        describe(a, name, key);
        return a;
    }

    /**
     * An on/off action (a check box menu item shows it): {@code onChange} hears the new state
     * whether the menu or the key changed it.
     */
    static Toggle toggle(String name, String key, boolean initial, Consumer<Boolean> onChange) {
        Toggle t = new Toggle(name, initial, onChange);
        describe(t, name, key);
        return t;
    }

    private static void describe(Action a, String name, String key) {
        if (key != null) {
            KeyStroke ks = KeyStroke.getKeyStroke(key);
            if (ks == null) {
                throw new IllegalArgumentException("not a key: " + key);
            }
            a.putValue(Action.ACCELERATOR_KEY, ks);
            a.putValue(Action.SHORT_DESCRIPTION, name + " (" + text(ks) + ")");
        }
    }

    /** "Ctrl+E", "Space", "F11": how a key is written in tooltips and the help. */
    static String text(KeyStroke ks) {
        String mods = InputEvent.getModifiersExText(ks.getModifiers());
        String key = KeyEvent.getKeyText(ks.getKeyCode());
        return mods.isEmpty() ? key : mods + "+" + key;
    }

    /** Binds the action's shortcut on the root pane, for the whole window. */
    static void bind(JRootPane root, Action action) {
        KeyStroke ks = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (ks == null) {
            return;
        }
        Action bound = typingKey(ks) ? new NotWhileTyping(action) : action;
        String id = "infraviz:" + ks;
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(ks, id);
        root.getActionMap().put(id, bound);
    }

    /** A menu item that shows the action's key but leaves the key to the root pane's binding. */
    static JMenuItem menuItem(Action action) {
        return action instanceof Toggle t ? new ShownKeyCheckBoxItem(t) : new ShownKeyItem(action);
    }

    private static boolean typingKey(KeyStroke ks) {
        int mods = ks.getModifiers() & (InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK);
        return mods == 0 && (ks.getKeyCode() < KeyEvent.VK_F1 || ks.getKeyCode() > KeyEvent.VK_F12);
    }

    /** True while an editable text (a number field, a file name) has the keyboard. */
    static boolean typing() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner instanceof JTextComponent t && t.isEditable();
    }

    /** A plain key that a focused text field keeps for itself. */
    private static final class NotWhileTyping extends AbstractAction {
        private final Action action;

        NotWhileTyping(Action action) {
            this.action = action;
        }

        @Override
        public boolean isEnabled() {
            return action.isEnabled() && !typing();
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            action.actionPerformed(e);
        }
    }

    /** On/off state kept in the action (Action.SELECTED_KEY), so every check box showing it follows. */
    static final class Toggle extends AbstractAction {
        private final Consumer<Boolean> onChange;

        private Toggle(String name, boolean initial, Consumer<Boolean> onChange) {
            super(name);
            this.onChange = onChange;
            putValue(SELECTED_KEY, initial);
        }

        boolean on() {
            return Boolean.TRUE.equals(getValue(SELECTED_KEY));
        }

        /** Sets the state from code, as the menu or the key would, and tells the owner. */
        void set(boolean on) {
            putValue(SELECTED_KEY, on);
            onChange.accept(on);
        }

        /** Shows a state without telling the owner (the owner changed it itself). */
        void show(boolean on) {
            putValue(SELECTED_KEY, on);
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            // A check box has already flipped SELECTED_KEY; a key press has not.
            set(e.getSource() instanceof AbstractButton b ? b.isSelected() : !on());
        }
    }

    private static final class ShownKeyItem extends JMenuItem {
        ShownKeyItem(Action a) {
            super(a);
        }

        @Override
        protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
            return condition != WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(ks, e, condition, pressed);
        }
    }

    private static final class ShownKeyCheckBoxItem extends JCheckBoxMenuItem {
        ShownKeyCheckBoxItem(Action a) {
            super(a);
        }

        @Override
        protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
            return condition != WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(ks, e, condition, pressed);
        }
    }
}
