package io.infraviz.scenario.lesson;

import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.BadSettingValue;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.Settings;

import java.util.Map;

/** The settings a lesson changes, by their keys in {@link Settings} (e.g. {@code rate}, {@code fall}). */
final class ScenarioSettings {
    private ScenarioSettings() {
    }

    /**
     * Applies the named settings.
     *
     * @throws IllegalArgumentException naming the setting, the value given and what is allowed
     */
    static SimulationSettings apply(SimulationSettings s, Map<String, Object> changes) {
        if (changes == null) {
            return s;
        }
        SimulationSettings out = s;
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            Setting<?> setting = Settings.inLessons(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    e.getKey() + ": unknown setting '" + e.getKey() + "'" + closest(e.getKey())));
            try {
                out = setting.apply(out, e.getValue());
            } catch (BadSettingValue bad) {
                throw new IllegalArgumentException(e.getKey() + ": " + bad.messageFor("setting '" + e.getKey() + "'"), bad);
            }
            LessonLimits.rate(out, e.getKey(), e.getValue());
        }
        return out;
    }

    /** "; did you mean 'rate'?" for a near miss, else the settings a lesson may use. */
    private static String closest(String key) {
        String hint = io.infraviz.scenario.JsonShape.suggestion(key,
                Settings.ALL.stream().filter(Setting::inLessons).map(Setting::key).toList());
        return hint.startsWith(";") ? hint : " (use one of " + Settings.lessonKeys() + ")";
    }

    /**
     * Checks that the servers the settings name (their weights) are the load balancer's.
     *
     * @throws IllegalArgumentException naming the unknown server and the known ones
     */
    static SimulationSettings checkServers(SimulationSettings s, Topology t) {
        Settings.unknownServer(s.lb().weights().keySet(), t).ifPresent(p -> {
            throw new IllegalArgumentException(Settings.WEIGHT.key() + ": " + p);
        });
        return s;
    }
}
