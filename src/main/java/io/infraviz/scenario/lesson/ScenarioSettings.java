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
                    "unknown setting '" + e.getKey() + "' (use one of " + Settings.lessonKeys() + ")"));
            try {
                out = setting.apply(out, e.getValue());
            } catch (BadSettingValue bad) {
                throw new IllegalArgumentException(bad.messageFor("setting '" + e.getKey() + "'"), bad);
            }
            LessonLimits.rate(out, e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * Checks that the servers the settings name (their weights) are the load balancer's.
     *
     * @throws IllegalArgumentException naming the unknown server and the known ones
     */
    static SimulationSettings checkServers(SimulationSettings s, Topology t) {
        Settings.unknownServer(s.lb().weights().keySet(), t).ifPresent(p -> {
            throw new IllegalArgumentException("setting '" + Settings.WEIGHT.key() + "': " + p);
        });
        return s;
    }
}
