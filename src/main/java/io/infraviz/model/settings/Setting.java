package io.infraviz.model.settings;

import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One setting of a run, defined once: its name in lesson files and output, its command-line option,
 * its type and valid values, its words for people, and where it lives in {@link SimulationSettings}.
 * {@link Settings} lists them all; the command line, lesson files, the Controls tab and the output
 * are made from that list.
 *
 * @param <T> the value's Java type
 */
public final class Setting<T> {
    private final String key;
    private final SettingType<T> type;
    private final Function<SimulationSettings, T> read;
    private final BiFunction<SimulationSettings, T, SimulationSettings> write;
    private final String label;
    private final String help;
    private final String option;
    private final boolean inLessons;
    private final String outputKey;
    private final Dial dial;
    private final boolean stageDecides;

    private Setting(String key, SettingType<T> type, Function<SimulationSettings, T> read,
                    BiFunction<SimulationSettings, T, SimulationSettings> write, String label, String help,
                    String option, boolean inLessons, String outputKey, Dial dial, boolean stageDecides) {
        this.key = key;
        this.type = type;
        this.read = read;
        this.write = write;
        this.label = label;
        this.help = help;
        this.option = option;
        this.inLessons = inLessons;
        this.outputKey = outputKey;
        this.dial = dial;
        this.stageDecides = stageDecides;
    }

    /** A setting called {@code key}, with a short label and a sentence of help (no final full stop). */
    static <T> Setting<T> of(String key, SettingType<T> type, Function<SimulationSettings, T> read,
                             BiFunction<SimulationSettings, T, SimulationSettings> write, String label, String help) {
        return new Setting<>(key, type, read, write, label, help, null, false, null, null, false);
    }

    /** Also on the command line, as {@code option}. */
    Setting<T> onCommandLine(String name) {
        return new Setting<>(key, type, read, write, label, help, name, inLessons, outputKey, dial, stageDecides);
    }

    /** Also in lesson files, under its key. */
    Setting<T> inLessonFiles() {
        return new Setting<>(key, type, read, write, label, help, option, true, outputKey, dial, stageDecides);
    }

    /** Also in the settings of the JSON output, as {@code name}. */
    Setting<T> inOutputAs(String name) {
        return new Setting<>(key, type, read, write, label, help, option, inLessons, name, dial, stageDecides);
    }

    /** A number the Controls tab offers in this range and step. */
    Setting<T> dial(double min, double max, double step) {
        return new Setting<>(key, type, read, write, label, help, option, inLessons, outputKey,
                new Dial(min, max, step), stageDecides);
    }

    /** Its starting value comes with the stage (a stage with firewalls has them on), not the preset. */
    Setting<T> decidedByStage() {
        return new Setting<>(key, type, read, write, label, help, option, inLessons, outputKey, dial, true);
    }

    public String key() {
        return key;
    }

    public SettingType<T> type() {
        return type;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    /** The command-line option, e.g. {@code --fall}; empty when the command line does not offer it. */
    public Optional<String> option() {
        return Optional.ofNullable(option);
    }

    public boolean inLessons() {
        return inLessons;
    }

    /** The name in the JSON output's settings; empty when the output does not show it there. */
    public Optional<String> outputKey() {
        return Optional.ofNullable(outputKey);
    }

    /** The range a control offers; empty when the Controls tab does not show it. */
    public Optional<Dial> dial() {
        return Optional.ofNullable(dial);
    }

    public boolean stageDecides() {
        return stageDecides;
    }

    public T read(SimulationSettings s) {
        return read.apply(s);
    }

    public SimulationSettings write(SimulationSettings s, T value) {
        return write.apply(s, value);
    }

    /**
     * {@code s} with the value given in a file or on the command line.
     *
     * @throws BadSettingValue when the value is not valid
     */
    public SimulationSettings apply(SimulationSettings s, Object given) {
        return write(s, type.parse(given));
    }

    /** The value in {@code s} as output shows it. */
    public Object output(SimulationSettings s) {
        return type.output(read(s));
    }

    /** The value every preset starts with, as output shows it; empty when they differ. */
    public Optional<Object> commonDefault() {
        var values = Arrays.stream(Preset.values()).map(p -> output(p.settings())).distinct().toList();
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
