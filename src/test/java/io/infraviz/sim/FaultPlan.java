package io.infraviz.sim;

import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Preset;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.Dial;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.SettingType;
import io.infraviz.model.settings.Settings;
import io.infraviz.model.settings.Unit;
import io.infraviz.scenario.Stages;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.sim.fault.FaultRules;
import io.infraviz.sim.fault.ScheduledFault;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random but valid run of a stage: faults that fit their target (at a time or before a request)
 * and setting changes to values the setting accepts, all within the run's expected length. Built
 * from a seed, so a failing plan is reproduced from the numbers the property reports.
 */
record FaultPlan(Stages stage, long simSeed, long requests, SimulationSettings settings,
                 List<ScheduledFault> faults, TreeMap<Long, SimulationSettings> settingChanges, List<String> changeWords) {

    static final long MS = 1000;
    /** Values past a dial's end or these bounds are valid, but only make a try slow. */
    private static final int MAX_MS = 30_000;

    static FaultPlan of(Stages stage, long seed, int faultCount, int changeCount, long requests) {
        Random r = new Random(seed);
        Topology t = stage.topology();
        SimulationSettings base = Preset.values()[r.nextInt(Preset.values().length)].settings().forTopology(t);
        base = base.withTraffic(base.traffic().withInterval((1 + r.nextInt(200)) * MS));
        long span = Math.max(1, requests * base.traffic().intervalMicros());
        List<ScheduledFault> faults = new ArrayList<>();
        for (int i = 0; i < faultCount; i++) {
            FaultAction a = FaultAction.values()[r.nextInt(FaultAction.values().length)];
            List<String> targets = targets(t, a);
            Fault f = new Fault(a, targets.get(r.nextInt(targets.size())));
            FaultRules.check(t, f);
            faults.add(r.nextInt(3) == 0 ? ScheduledFault.beforeRequest(r.nextInt((int) requests), f)
                    : ScheduledFault.at((long) (r.nextDouble() * span), f));
        }
        TreeMap<Long, SimulationSettings> changes = new TreeMap<>();
        List<String> words = new ArrayList<>();
        SimulationSettings now = base;
        for (long at : r.longs(changeCount, 0, span).sorted().toArray()) {
            Setting<?> s = Settings.ALL.get(r.nextInt(Settings.ALL.size()));
            Object value = value(s, r);
            now = s.apply(now, value);
            changes.put(at, now);
            words.add(at / MS + "ms:" + s.key() + "=" + value);
        }
        return new FaultPlan(stage, seed, requests, base, faults, changes, words);
    }

    /** Every part of the topology the action applies to (a link, a database...). */
    static List<String> targets(Topology t, FaultAction a) {
        List<String> out = new ArrayList<>();
        boolean db = a.target() == FaultAction.Target.DATABASE;
        for (Component c : t.components()) {
            if (a.target() != FaultAction.Target.LINK && (!db || c.role() == Role.DATABASE)) {
                out.add(c.id());
            }
        }
        if (a.target() == FaultAction.Target.COMPONENT_OR_HOST) {
            t.hosts().stream().map(Host::id).forEach(out::add);
        }
        if (a.target() == FaultAction.Target.LINK || a.target() == FaultAction.Target.COMPONENT_OR_LINK) {
            t.links().stream().map(Link::id).forEach(out::add);
        }
        return out;
    }

    /** A value the setting accepts, as a lesson file or the command line gives it. */
    private static Object value(Setting<?> s, Random r) {
        SettingType<?> type = s.type();
        if (type instanceof SettingType.Toggle) {
            return r.nextBoolean();
        }
        if (type instanceof SettingType.Choice<?> c) {
            return c.values().get(r.nextInt(c.values().size())).code();
        }
        if (type instanceof SettingType.ServerWeights w) {
            return java.util.Map.of("web-0" + (1 + r.nextInt(2)), w.min() + r.nextInt(9));
        }
        Dial dial = s.dial().orElse(null);
        if (type instanceof SettingType.WholeNumber n) {
            int max = dial != null ? (int) dial.max() : n.min() + (n.unit() == Unit.MS ? MAX_MS : 20);
            return n.min() + r.nextInt(Math.max(1, max - n.min() + 1));
        }
        SettingType.Decimal d = type instanceof SettingType.Millis m ? m.range() : (SettingType.Decimal) type;
        double lo = dial != null ? dial.min() : d.min();
        double hi = dial != null ? dial.max() : Math.min(d.max(), 2_000);
        double v = lo + r.nextDouble() * (hi - lo);
        return v > d.min() || d.minIncluded() && v == d.min() ? v : hi;
    }

    /** Builds the simulation with every fault and setting change scheduled. */
    Simulation build() {
        Simulation sim = new Simulation(stage.topology(), settings, simSeed);
        faults.forEach(sim::schedule);
        settingChanges.forEach(sim::scheduleSettings);
        return sim;
    }

    /** When the last timed fault or setting change happens (the run goes on at least until then). */
    long lastTimedUs() {
        long last = settingChanges.isEmpty() ? 0 : settingChanges.lastKey();
        for (ScheduledFault f : faults) {
            last = Math.max(last, f.atMicros());
        }
        return last;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("FaultPlan.of(" + stage + ", " + simSeed + "L, " + faults.size() + ", "
                + changeWords.size() + ", " + requests + "): faults");
        faults.forEach(f -> b.append(' ').append(f.timed() ? f.atMicros() / MS + "ms" : "@" + f.beforeIndex())
                .append(':').append(f.fault()));
        b.append("; settings: interval ").append(settings.traffic().intervalMicros() / MS).append("ms");
        changeWords.forEach(w -> b.append(' ').append(w));
        return b.toString();
    }
}
