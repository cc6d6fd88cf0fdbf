package io.infraviz.ui;

import io.infraviz.model.Coded;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.settings.Dial;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.SettingType;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.ListCellRenderer;
import javax.swing.SpinnerNumberModel;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A Controls widget for one setting of the catalogue: its range, words, tooltip and name come from
 * the {@link Setting}. It shows a value and turns the user's edit into a change of that one setting.
 *
 * @param <T> the setting's value type
 */
final class SettingControl<T> {
    private final Setting<T> setting;
    private final JComponent component;
    private final Supplier<T> value;
    private final Consumer<T> show;
    private final Consumer<Runnable> onEdit;
    private final JLabel readout;

    private SettingControl(Setting<T> setting, JComponent component, Supplier<T> value, Consumer<T> show,
                           Consumer<Runnable> onEdit, JLabel readout) {
        this.setting = setting;
        this.component = component;
        this.value = value;
        this.show = show;
        this.onEdit = onEdit;
        this.readout = readout;
        component.setName(setting.key());
        component.setToolTipText(setting.help());
        if (!(component instanceof JCheckBox)) {
            component.getAccessibleContext().setAccessibleName(setting.help());
        }
    }

    /** A spinner for a whole number, over the setting's dial. */
    static SettingControl<Integer> spinner(Setting<Integer> s) {
        Dial d = s.dial().orElseThrow();
        JSpinner spinner = new JSpinner(
                new SpinnerNumberModel((int) start(s), (int) d.min(), (int) d.max(), (int) d.step()));
        return new SettingControl<>(s, spinner, () -> ((Number) spinner.getValue()).intValue(), spinner::setValue,
                r -> spinner.addChangeListener(e -> r.run()), null);
    }

    /** A spinner for a decimal number; it shows two decimals (3.000003 requests/s is 3). */
    static SettingControl<Double> decimalSpinner(Setting<Double> s) {
        Dial d = s.dial().orElseThrow();
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(start(s), d.min(), d.max(), d.step()));
        return new SettingControl<>(s, spinner, () -> ((Number) spinner.getValue()).doubleValue(),
                v -> spinner.setValue(Math.round(v * 100) / 100.0), r -> spinner.addChangeListener(e -> r.run()), null);
    }

    /** A slider in percent for a share from 0 to 1, with a readout; an edit counts once the slider is let go. */
    static SettingControl<Double> percentSlider(Setting<Double> s) {
        Dial d = s.dial().orElseThrow();
        JSlider slider = new JSlider((int) (d.min() * 100), (int) (d.max() * 100), (int) Math.round(start(s) * 100));
        JLabel readout = new JLabel(slider.getValue() + " %");
        slider.addChangeListener(e -> readout.setText(slider.getValue() + " %"));
        return new SettingControl<>(s, slider, () -> slider.getValue() / 100.0,
                v -> slider.setValue((int) Math.round(v * 100)), r -> slider.addChangeListener(e -> {
                    if (!slider.getValueIsAdjusting()) {
                        r.run();
                    }
                }), readout);
    }

    /** A list to pick from, showing each value in the setting's words. */
    static <E extends Enum<E> & Coded> SettingControl<E> comboBox(Setting<E> s) {
        SettingType.Choice<E> choice = (SettingType.Choice<E>) s.type();
        @SuppressWarnings("unchecked")
        E[] values = (E[]) choice.values().toArray(new Enum<?>[0]);
        JComboBox<E> box = new JComboBox<>(values);
        box.setRenderer(renderer(choice.words()));
        return new SettingControl<>(s, box, () -> choice.type().cast(box.getSelectedItem()), box::setSelectedItem,
                r -> box.addActionListener(e -> r.run()), null);
    }

    /** A check box labelled with the setting's label. */
    static SettingControl<Boolean> checkBox(Setting<Boolean> s) {
        JCheckBox box = new JCheckBox(s.label());
        return new SettingControl<>(s, box, box::isSelected, box::setSelected,
                r -> box.addActionListener(e -> r.run()), null);
    }

    /** Shows each value of a list in words rather than as its constant name. */
    static <E> ListCellRenderer<Object> renderer(Function<E, String> words) {
        return new DefaultListCellRenderer() {
            @Override
            @SuppressWarnings("unchecked")
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value == null ? null : words.apply((E) value);
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        };
    }

    /** The classroom preset's value, which the window starts with. */
    private static <N> double start(Setting<N> s) {
        return ((Number) s.read(Preset.CLASSROOM.settings())).doubleValue();
    }

    JComponent component() {
        return component;
    }

    /** The percent a slider shows, next to it. */
    JLabel readout() {
        return readout;
    }

    Setting<T> setting() {
        return setting;
    }

    /** Shows the setting's value in {@code s}. */
    void show(SimulationSettings s) {
        show.accept(setting.read(s));
    }

    /** Calls {@code edited} with the change the user made, each time they make one. */
    void onEdit(Consumer<UnaryOperator<SimulationSettings>> edited) {
        onEdit.accept(() -> {
            T v = value.get();
            edited.accept(s -> setting.write(s, v));
        });
    }
}
