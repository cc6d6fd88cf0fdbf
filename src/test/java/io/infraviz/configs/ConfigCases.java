package io.infraviz.configs;

import io.infraviz.model.Algorithm;
import io.infraviz.model.CheckType;
import io.infraviz.model.LbMode;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.Settings;
import io.infraviz.scenario.Stages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The designs and settings the generated files are checked for: every stage, and each choice a file carries. */
final class ConfigCases {
    private ConfigCases() {
    }

    /** One design with its settings, named for the test report. */
    record Case(String name, Topology topology, SimulationSettings settings) {
        ConfigSet generate() {
            return ConfigGenerator.generate(topology, settings);
        }

        /** Writes the files under a new folder in {@code parent} and returns it. */
        Path writeUnder(Path parent) throws IOException {
            Path out = parent.resolve(name);
            Files.createDirectories(parent);
            ConfigWriter.write(generate(), out);
            return out;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Case stage(Stages stage, UnaryOperator<SimulationSettings> change, String what) {
        Topology t = stage.topology();
        return new Case(stage.code() + (what.isEmpty() ? "" : "-" + what), t,
                change.apply(Preset.CLASSROOM.settings().forTopology(t)));
    }

    static <T> UnaryOperator<SimulationSettings> set(Setting<T> setting, T value) {
        return s -> setting.write(s, value);
    }

    /** Every stage as it comes. */
    static List<Case> stages() {
        List<Case> out = new ArrayList<>();
        for (Stages s : Stages.values()) {
            out.add(stage(s, UnaryOperator.identity(), ""));
        }
        return out;
    }

    /** Every stage, and the distributed one with its Replica's read_only off: what changes the MariaDB files. */
    static List<Case> databases() {
        List<Case> out = new ArrayList<>(stages());
        out.add(stage(Stages.DISTRIBUTED, set(Settings.READ_ONLY, false), "read-only-off"));
        return out;
    }

    /** Every stage, and each with HTTPS or firewalls the other way: what changes the files other than haproxy.cfg. */
    static List<Case> designs() {
        List<Case> out = new ArrayList<>(stages());
        out.add(stage(Stages.DISTRIBUTED, set(Settings.HTTPS, true), "https"));
        out.add(stage(Stages.SECURED, set(Settings.HTTPS, false), "no-https"));
        out.add(stage(Stages.ONE_SERVER, s -> Settings.FIREWALLS.write(Settings.HTTPS.write(s, true), true), "https-firewall"));
        out.add(stage(Stages.SCALED, set(Settings.FIREWALLS, true), "firewall"));
        return out;
    }

    /** The designs, then the distributed design with each choice haproxy.cfg carries. */
    static List<Case> all() {
        List<Case> out = new ArrayList<>(designs());
        for (Algorithm a : Algorithm.values()) {
            out.add(stage(Stages.DISTRIBUTED, set(Settings.ALGORITHM, a), a.code()));
        }
        out.add(stage(Stages.DISTRIBUTED, s -> s.withLb(s.lb().withAlgorithm(Algorithm.WEIGHTED).withWeights(Map.of("web-01", 3))),
                "weights"));
        out.add(stage(Stages.DISTRIBUTED, set(Settings.CHECK, CheckType.TCP), "tcp"));
        out.add(stage(Stages.DISTRIBUTED, set(Settings.MODE, LbMode.ACTIVE_PASSIVE), "backup"));
        out.add(stage(Stages.DISTRIBUTED, s -> s.withLb(s.lb().withMode(LbMode.ACTIVE_PASSIVE).withAllBackups(true)), "allbackups"));
        out.add(stage(Stages.DISTRIBUTED, s -> s.withLb(s.lb().withRetries(0, true)), "redispatch-retries0"));
        out.add(new Case("distributed-realistic", Stages.DISTRIBUTED.topology(),
                Preset.REALISTIC.settings().forTopology(Stages.DISTRIBUTED.topology())));
        return out;
    }
}
