package io.infraviz.model.settings;

import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue: each setting reads back what it writes, touches only its own value, and says what is valid. */
class SettingsTest {
    /** Two ways of seeing one value: writing either changes both. */
    private static final Set<Setting<?>> PACE = Set.of(Settings.INTERVAL, Settings.RATE);

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everySettingReadsBackWhatItWroteAndChangesNothingElse(Preset preset) {
        SimulationSettings before = preset.settings();
        for (Setting<?> setting : Settings.ALL) {
            roundTrip(setting, before);
        }
    }

    private static <T> void roundTrip(Setting<T> setting, SimulationSettings before) {
        T value = otherValid(setting, setting.read(before));
        SimulationSettings after = setting.write(before, value);
        assertThat(setting.read(after)).as(setting.key()).isEqualTo(value).isNotEqualTo(setting.read(before));
        for (Setting<?> other : Settings.ALL) {
            if (other != setting && !(PACE.contains(other) && PACE.contains(setting))) {
                assertThat(other.read(after)).as("%s after writing %s", other.key(), setting.key())
                        .isEqualTo(other.read(before));
            }
        }
        assertThat(setting.apply(before, given(setting, value)))
                .as("%s given as a file or the command line gives it", setting.key()).isEqualTo(after);
    }

    /** A valid value other than {@code current}, of the setting's type. */
    @SuppressWarnings("unchecked")
    private static <T> T otherValid(Setting<T> setting, T current) {
        SettingType<T> type = setting.type();
        Object other;
        if (type instanceof SettingType.WholeNumber) {
            other = (Integer) current + 1;
        } else if (type instanceof SettingType.Decimal d) {
            other = d.max() == 1 ? ((Double) current + 0.5) % 1 : (Double) current * 2;
        } else if (type instanceof SettingType.Millis) {
            other = (Long) current * 2;
        } else if (type instanceof SettingType.Choice<?> c) {
            List<?> values = c.values();
            other = values.get((values.indexOf(current) + 1) % values.size());
        } else if (type instanceof SettingType.ServerWeights) {
            other = java.util.Map.of("web-01", 2);
        } else {
            other = !(Boolean) current;
        }
        return (T) other;
    }

    /** {@code value} as a lesson file or the command line writes it: a word, milliseconds, a number. */
    private static <T> Object given(Setting<T> setting, T value) {
        if (setting.type() instanceof SettingType.Millis) {
            return (Long) value / 1000.0;
        }
        Object shown = setting.type().output(value);
        return shown instanceof String ? shown : value;
    }

    @Test
    void namesAreUniqueAndEverySettingHasWords() {
        assertThat(Settings.ALL.stream().map(Setting::key)).doesNotHaveDuplicates();
        assertThat(Settings.ALL.stream().flatMap(s -> s.option().stream()))
                .doesNotHaveDuplicates().allMatch(o -> o.startsWith("--"));
        assertThat(Settings.ALL.stream().flatMap(s -> s.outputKey().stream())).doesNotHaveDuplicates();
        assertThat(Settings.ALL).allMatch(s -> !s.label().isBlank() && !s.help().isBlank() && !s.help().endsWith("."));
    }

    /** A control never offers a value that the command line or a lesson file would refuse. */
    @Test
    void everyDialIsWithinTheValidValues() {
        for (Setting<?> s : Settings.ALL) {
            boolean whole = s.type() instanceof SettingType.WholeNumber;
            s.dial().ifPresent(d -> List.of(d.min(), d.max())
                    .forEach(v -> s.type().parse(whole ? (Object) v.intValue() : v)));
        }
    }

    @Test
    void aBadValueSaysTheRuleTheValueAndWhatIsAllowed() {
        assertThat(message(Settings.FALL, 0)).isEqualTo("fall must be at least 1, got 0");
        assertThat(message(Settings.FALL, 2.5)).isEqualTo("fall must be a whole number from 1 to 100, got 2.5");
        assertThat(message(Settings.RETRIES, -1)).isEqualTo("retries must be at least 0, got -1");
        assertThat(message(Settings.WRITES, 1.5)).isEqualTo("writes must be between 0 and 1, got 1.5");
        assertThat(message(Settings.RATE, -2.0)).isEqualTo("rate must be a positive number, got -2.0");
        assertThat(message(Settings.INTERVAL, "soon")).isEqualTo("interval must be between 0.1 and 86400000, got soon");
        assertThat(message(Settings.HTTPS, "yes")).isEqualTo("https must be true or false, got yes");
        assertThat(message(Settings.WEIGHT, java.util.Map.of("web-01", 0)))
                .isEqualTo("weight of web-01 must be a whole number from 1 to 256, got 0");
        assertThat(message(Settings.WEIGHT, 3)).isEqualTo("weight must name servers and their weights, e.g. {\"web-01\": 3}, got 3");
        assertThat(message(Settings.ALGORITHM, "random"))
                .isEqualTo("algorithm: unknown value 'random' (use one of roundrobin, weighted, leastconn, source)");
    }

    private static String message(Setting<?> s, Object given) {
        SimulationSettings classroom = Preset.CLASSROOM.settings();
        assertThatThrownBy(() -> s.apply(classroom, given)).isInstanceOf(BadSettingValue.class);
        try {
            s.apply(classroom, given);
            throw new AssertionError("accepted");
        } catch (BadSettingValue bad) {
            return bad.messageFor(s.key());
        }
    }

    @Test
    void aPositiveDurationIsAtLeastOneMicrosecondAndTheCheckTakesCapitals() {
        assertThat(new SettingType.Millis(SettingType.Decimal.above(0, 1, Unit.MS)).parse(0.0001)).isEqualTo(1L);
        assertThat(Settings.CHECK.type().parse("HTTP")).isEqualTo(io.infraviz.model.CheckType.HTTP);
    }
}
