package io.infraviz.cli;

import io.infraviz.model.Coded;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.BadSettingValue;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.SettingType;
import io.infraviz.model.settings.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The options that shape a simulation's settings: a preset, then one option per setting of {@link Settings}. */
final class SimulationOptions {
    /** Two ways to give the pace of requests; one at most. */
    private static final List<Setting<?>> EITHER = List.of(Settings.INTERVAL, Settings.RATE);

    @Option(names = "--preset", paramLabel = "classroom|realistic", defaultValue = "classroom",
            description = "Timing preset (default: ${DEFAULT-VALUE}).")
    String preset;

    /** One option per setting the command line offers; as a mixin they stay in place in the help. */
    @Mixin
    CommandSpec settingOptions = settingOptions();

    @Option(names = "--weight", paramLabel = "SERVER=W",
            description = "Weight of a server for weighted round robin (repeatable).")
    Map<String, Integer> weights = new LinkedHashMap<>();

    private static CommandSpec settingOptions() {
        CommandSpec spec = CommandSpec.create();
        ArgGroupSpec.Builder pace = ArgGroupSpec.builder().exclusive(true).multiplicity("0..1");
        for (Setting<?> s : Settings.ALL) {
            s.option().ifPresent(name -> {
                if (EITHER.contains(s)) {
                    pace.addArg(option(name, s));
                } else {
                    spec.addOption(option(name, s));
                }
            });
        }
        return spec.addArgGroup(pace.build());
    }

    private static OptionSpec option(String name, Setting<?> s) {
        SettingType<?> type = s.type();
        OptionSpec.Builder b = OptionSpec.builder(name).description(description(s));
        if (type instanceof SettingType.Toggle t && t.flag()) {
            return b.arity("0").type(Boolean.class).build();
        }
        if (type instanceof SettingType.Toggle) {
            return b.paramLabel("on|off").type(String.class).build();
        }
        if (type instanceof SettingType.Choice<?> c) {
            String words = c.values().stream().map(Coded::code).collect(Collectors.joining("|"));
            return b.paramLabel(words).type(String.class).build();
        }
        // Numbers stay as typed: the catalogue checks them and its message quotes them.
        if (type instanceof SettingType.WholeNumber n) {
            return b.paramLabel(n.unit().placeholder()).type(GivenNumber.class).build();
        }
        SettingType.Decimal d = type instanceof SettingType.Millis m ? m.range() : (SettingType.Decimal) type;
        return b.paramLabel(d.unit().placeholder()).type(GivenNumber.class).build();
    }

    /** The setting's help, then where its starting value comes from when that is one value. */
    private static String description(Setting<?> s) {
        if (s.type() instanceof SettingType.Toggle t && t.flag()) {
            return s.help() + ".";
        }
        if (s.stageDecides()) {
            return s.help() + " (default: as the stage has it).";
        }
        return s.help() + s.commonDefault().map(v -> " (default " + v + ")").orElse("") + ".";
    }

    /**
     * The preset's settings with the options given, except those a stage decides.
     *
     * @throws UsageException naming the first bad value
     */
    SimulationSettings toSettings() {
        Preset p = Preset.fromCode(preset).orElseThrow(() -> new UsageException("--preset: unknown value '" + preset
                + "' (use one of " + Coded.list(Preset.class) + ")"));
        try {
            Settings.WEIGHT.type().parse(weights);
        } catch (BadSettingValue bad) {
            throw new UsageException(bad.messageFor("--weight"));
        }
        SimulationSettings s = applyGiven(p.settings(), false);
        return s.withLb(s.lb().withWeights(weights));
    }

    /**
     * The stage's (or file's) own security, then the toggles given on the command line.
     *
     * @throws UsageException for a {@code --weight} of a server the load balancer does not have
     */
    SimulationSettings forTopology(SimulationSettings s, Topology t) {
        Settings.unknownServer(weights.keySet(), t).ifPresent(p -> {
            throw new UsageException("--weight: " + p);
        });
        return applyGiven(s.forTopology(t), true);
    }

    private SimulationSettings applyGiven(SimulationSettings s, boolean stageDecides) {
        SimulationSettings out = s;
        for (Setting<?> setting : Settings.ALL) {
            if (setting.option().isEmpty() || setting.stageDecides() != stageDecides) {
                continue;
            }
            String name = setting.option().get();
            Object given = settingOptions.findOption(name).getValue();
            if (given == null) {
                continue;
            }
            try {
                out = setting.apply(out, setting.type() instanceof SettingType.Toggle ? onOff(name, given) : given);
            } catch (BadSettingValue bad) {
                throw new UsageException(bad.messageFor(name));
            }
        }
        return out;
    }

    /** A flag is there (true) or not; a switch says on or off. */
    private static Boolean onOff(String option, Object given) {
        if (given instanceof Boolean flag) {
            return flag;
        }
        return switch (String.valueOf(given)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UsageException(option + ": unknown value '" + given + "' (use one of on, off)");
        };
    }
}
