package io.infraviz.scenario.lesson;

import io.infraviz.model.Algorithm;
import io.infraviz.model.CapacitySettings;
import io.infraviz.model.CheckType;
import io.infraviz.model.Coded;
import io.infraviz.model.LbMode;
import io.infraviz.model.LbSettings;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.SecuritySettings;
import io.infraviz.model.SimulationSettings;

import java.util.Map;

/**
 * Settings a lesson may change, by name: {@code rate} (requests per second), {@code writes}
 * (share, 0-1), {@code algorithm}, {@code mode}, {@code check}, {@code inter}, {@code fall},
 * {@code rise}, {@code retries}, {@code redispatch}, {@code read_policy}, {@code https},
 * {@code firewalls}, {@code monitoring}, {@code attacker}, {@code workers}, {@code queue},
 * {@code timeout_server}.
 */
final class ScenarioSettings {
    private ScenarioSettings() {
    }

    /**
     * Applies the named settings.
     *
     * @throws IllegalArgumentException naming the setting and what is wrong with its value
     */
    static SimulationSettings apply(SimulationSettings s, Map<String, Object> changes) {
        if (changes == null) {
            return s;
        }
        SimulationSettings out = s;
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            out = applyOne(out, e.getKey(), e.getValue());
        }
        return out;
    }

    private static SimulationSettings applyOne(SimulationSettings s, String key, Object value) {
        LbSettings lb = s.lb();
        SecuritySettings sec = s.security();
        return switch (key) {
            case "rate" -> s.withTraffic(s.traffic().withInterval(Math.max(1, Math.round(1_000_000 / positive(key, value)))));
            case "writes" -> s.withTraffic(s.traffic().withWriteFraction(fraction(key, value)));
            case "algorithm" -> s.withLb(lb.withAlgorithm(coded(Algorithm.class, key, value)));
            case "mode" -> s.withLb(lb.withMode(coded(LbMode.class, key, value)));
            case "check" -> s.withLb(lb.withCheck(coded(CheckType.class, key, value)));
            case "inter" -> s.withLb(lb.withChecks(integer(key, value, 1), lb.fall(), lb.rise()));
            case "fall" -> s.withLb(lb.withChecks(lb.interMs(), integer(key, value, 1), lb.rise()));
            case "rise" -> s.withLb(lb.withChecks(lb.interMs(), lb.fall(), integer(key, value, 1)));
            case "retries" -> s.withLb(lb.withRetries(integer(key, value, 0), lb.redispatch()));
            case "redispatch" -> s.withLb(lb.withRetries(lb.retries(), bool(key, value)));
            case "timeout_server" -> s.withLb(lb.withTimeouts(lb.timeoutConnectMs(), integer(key, value, 1)));
            case "read_policy" -> s.withDb(s.db().withReadPolicy(coded(ReadPolicy.class, key, value)));
            case "https" -> s.withSecurity(sec.withHttps(bool(key, value)));
            case "firewalls" -> s.withSecurity(sec.withFirewalls(bool(key, value)));
            case "monitoring" -> s.withSecurity(sec.withMonitoring(bool(key, value)));
            case "attacker" -> s.withSecurity(sec.withAttacker(bool(key, value)));
            case "workers" -> s.withCapacity(new CapacitySettings(integer(key, value, 1), s.capacity().appQueue()));
            case "queue" -> s.withCapacity(new CapacitySettings(s.capacity().appWorkers(), integer(key, value, 0)));
            default -> throw new IllegalArgumentException("unknown setting '" + key + "'");
        };
    }

    private static double positive(String key, Object v) {
        if (v instanceof Number n && n.doubleValue() > 0) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("setting '" + key + "' must be a positive number, got " + v);
    }

    private static double fraction(String key, Object v) {
        if (v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("setting '" + key + "' must be a number from 0 to 1, got " + v);
    }

    private static int integer(String key, Object v, int min) {
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= min) {
            return n.intValue();
        }
        throw new IllegalArgumentException("setting '" + key + "' must be a whole number of at least " + min + ", got " + v);
    }

    private static boolean bool(String key, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("setting '" + key + "' must be true or false, got " + v);
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String key, Object v) {
        return Coded.find(type, String.valueOf(v)).orElseThrow(() -> new IllegalArgumentException("setting '" + key
                + "': unknown value '" + v + "' (use one of " + Coded.list(type) + ")"));
    }
}
