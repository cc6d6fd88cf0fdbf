package io.infraviz.cli;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Algorithm;
import io.infraviz.model.CheckType;
import io.infraviz.model.Coded;
import io.infraviz.model.LbMode;
import io.infraviz.model.LbSettings;
import io.infraviz.model.Preset;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.TrafficSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The options that shape a simulation's settings: a preset, then overrides. */
final class SimulationOptions {
    @Option(names = "--preset", paramLabel = "classroom|realistic", defaultValue = "classroom",
            description = "Timing preset (default: ${DEFAULT-VALUE}).")
    String preset;

    @ArgGroup(exclusive = true)
    Pace pace;

    static final class Pace {
        @Option(names = "--interval", paramLabel = "MS", description = "Time between two requests, in ms.")
        Double intervalMs;

        @Option(names = "--rate", paramLabel = "RPS", description = "Requests per second.")
        Double rate;
    }

    @Option(names = "--writes", paramLabel = "F", description = "Share of writes, 0 to 1 (default 0.2).")
    Double writes;

    @Option(names = "--sequential", description = "One user who waits for each answer before sending the next request.")
    boolean sequential;

    @Option(names = "--algorithm", paramLabel = "roundrobin|weighted|leastconn|source")
    String algorithm;

    @Option(names = "--weight", paramLabel = "SERVER=W", description = "Weight of a server for weighted round robin (repeatable).")
    Map<String, Integer> weights = new LinkedHashMap<>();

    @Option(names = "--mode", paramLabel = "active-active|active-passive")
    String mode;

    @Option(names = "--check", paramLabel = "tcp|http", description = "Health-check type (default http).")
    String check;

    @Option(names = "--inter", paramLabel = "MS", description = "Time between health checks (default 2000).")
    Integer inter;

    @Option(names = "--fall", paramLabel = "N", description = "Failed checks that mark a server DOWN (default 3).")
    Integer fall;

    @Option(names = "--rise", paramLabel = "N", description = "Good checks that mark a server UP (default 2).")
    Integer rise;

    @Option(names = "--retries", paramLabel = "N", description = "Connection retries (default 3).")
    Integer retries;

    @Option(names = "--redispatch", description = "option redispatch: retry on another server.")
    boolean redispatch;

    @Option(names = "--timeout-connect", paramLabel = "MS", description = "HAProxy's timeout connect.")
    Integer timeoutConnect;

    @Option(names = "--timeout-server", paramLabel = "MS", description = "HAProxy's timeout server.")
    Integer timeoutServer;

    @Option(names = "--https", paramLabel = "on|off", description = "HTTPS to the load balancer (default: as the stage has it).")
    String https;

    @Option(names = "--firewall", paramLabel = "on|off", description = "A firewall on every server (default: as the stage has it).")
    String firewall;

    @Option(names = "--monitoring", paramLabel = "on|off", description = "Monitoring agents and alerts (default: as the stage has it).")
    String monitoring;

    @Option(names = "--attacker", description = "Someone tries MySQL (3306) and SSH (22) on every server once a second.")
    boolean attacker;

    @Option(names = "--read-policy", paramLabel = "replica|primary|local|any", description = "Where reads go (default replica).")
    String readPolicy;

    /**
     * Builds the settings.
     *
     * @throws UsageException naming the first bad value
     */
    SimulationSettings toSettings() {
        Preset p = Preset.fromCode(preset).orElseThrow(() -> bad("--preset", preset, Coded.list(Preset.class)));
        SimulationSettings s = p.settings();
        TrafficSettings traffic = s.traffic().withSequential(sequential);
        if (pace != null && pace.intervalMs != null) {
            requirePositive("--interval", pace.intervalMs);
            traffic = traffic.withInterval(Math.max(1, SimTime.ms(pace.intervalMs)));
        } else if (pace != null && pace.rate != null) {
            requirePositive("--rate", pace.rate);
            traffic = traffic.withInterval(Math.max(1, Math.round(1_000_000 / pace.rate)));
        }
        if (writes != null) {
            if (!(writes >= 0 && writes <= 1)) {
                throw new UsageException("--writes must be between 0 and 1, got " + writes);
            }
            traffic = traffic.withWriteFraction(writes);
        }
        LbSettings lb = s.lb();
        if (algorithm != null) {
            lb = lb.withAlgorithm(Algorithm.fromCode(algorithm).orElseThrow(() -> bad("--algorithm", algorithm,
                    Coded.list(Algorithm.class))));
        }
        if (mode != null) {
            lb = lb.withMode(Coded.find(LbMode.class, mode).orElseThrow(() -> bad("--mode", mode, Coded.list(LbMode.class))));
        }
        if (check != null) {
            lb = lb.withCheck(Coded.find(CheckType.class, check.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> bad("--check", check, Coded.list(CheckType.class))));
        }
        int newInter = inter == null ? lb.interMs() : atLeast("--inter", inter, 1);
        int newFall = fall == null ? lb.fall() : atLeast("--fall", fall, 1);
        int newRise = rise == null ? lb.rise() : atLeast("--rise", rise, 1);
        lb = lb.withChecks(newInter, newFall, newRise);
        lb = lb.withRetries(retries == null ? lb.retries() : atLeast("--retries", retries, 0), redispatch);
        lb = lb.withTimeouts(timeoutConnect == null ? lb.timeoutConnectMs() : atLeast("--timeout-connect", timeoutConnect, 1),
                timeoutServer == null ? lb.timeoutServerMs() : atLeast("--timeout-server", timeoutServer, 1));
        for (var w : weights.entrySet()) {
            if (w.getValue() < 1 || w.getValue() > 256) {
                throw new UsageException("--weight " + w.getKey() + "=" + w.getValue() + ": a weight must be 1 to 256");
            }
        }
        lb = lb.withWeights(weights);
        var db = s.db();
        if (readPolicy != null) {
            db = db.withReadPolicy(Coded.find(ReadPolicy.class, readPolicy)
                    .orElseThrow(() -> bad("--read-policy", readPolicy, Coded.list(ReadPolicy.class))));
        }
        return s.withTraffic(traffic).withLb(lb).withDb(db);
    }

    /** The stage's (or file's) own security, then the toggles given on the command line. */
    SimulationSettings forTopology(SimulationSettings s, io.infraviz.model.Topology t) {
        SimulationSettings adapted = s.forTopology(t);
        var sec = adapted.security();
        if (https != null) {
            sec = sec.withHttps(onOff("--https", https));
        }
        if (firewall != null) {
            sec = sec.withFirewalls(onOff("--firewall", firewall));
        }
        if (monitoring != null) {
            sec = sec.withMonitoring(onOff("--monitoring", monitoring));
        }
        return adapted.withSecurity(sec.withAttacker(attacker || sec.attacker()));
    }

    private static boolean onOff(String option, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw bad(option, value, "on, off");
        };
    }

    private static UsageException bad(String option, String value, String allowed) {
        return new UsageException(option + ": unknown value '" + value + "' (use one of " + allowed + ")");
    }

    private static void requirePositive(String option, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new UsageException(option + " must be a positive number, got " + v);
        }
    }

    private static int atLeast(String option, int v, int min) {
        if (v < min) {
            throw new UsageException(option + " must be at least " + min + ", got " + v);
        }
        return v;
    }
}
