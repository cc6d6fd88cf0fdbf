package io.infraviz.model.settings;

import io.infraviz.model.Algorithm;
import io.infraviz.model.Backend;
import io.infraviz.model.CheckType;
import io.infraviz.model.LbMode;
import io.infraviz.model.Limits;
import io.infraviz.model.ReadPolicy;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.SettingType.Choice;
import io.infraviz.model.settings.SettingType.Decimal;
import io.infraviz.model.settings.SettingType.Millis;
import io.infraviz.model.settings.SettingType.ServerWeights;
import io.infraviz.model.settings.SettingType.Toggle;
import io.infraviz.model.settings.SettingType.WholeNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every setting a person can change, once. Their order is the order of the command-line help and
 * of the settings in the JSON output.
 */
public final class Settings {
    public static final Setting<Long> INTERVAL = Setting.of("interval", new Millis(Decimal.between(Limits.MIN_INTERVAL_MS, Limits.MAX_TIME_MS, Unit.MS)),
                    s -> s.traffic().intervalMicros(), (s, v) -> s.withTraffic(s.traffic().withInterval(v)),
                    "Interval (ms)", "Time between two requests, in ms")
            .onCommandLine("--interval").inOutputAs("interval_ms");
    /** The interval seen as a rate: the same setting, written the way a load test says it. */
    public static final Setting<Double> RATE = Setting.of("rate", Decimal.above(0, Limits.MAX_RATE_PER_SECOND, Unit.PER_SECOND),
                    s -> s.traffic().requestsPerSecond(), (s, v) -> s.withTraffic(s.traffic().withRate(v)),
                    "Requests/s", "Requests per second")
            .onCommandLine("--rate").inLessonFiles().dial(0.1, 5000, 0.25);
    public static final Setting<Boolean> SEQUENTIAL = Setting.of("sequential", new Toggle(true),
                    s -> s.traffic().sequential(), (s, v) -> s.withTraffic(s.traffic().withSequential(v)),
                    "Sequential", "One user who waits for each answer before sending the next request")
            .onCommandLine("--sequential").inOutputAs("sequential");
    public static final Setting<Double> WRITES = Setting.of("writes", Decimal.between(0, 1, Unit.SHARE),
                    s -> s.traffic().writeFraction(), (s, v) -> s.withTraffic(s.traffic().withWriteFraction(v)),
                    "Writes", "Share of writes, 0 to 1")
            .onCommandLine("--writes").inLessonFiles().inOutputAs("writes").dial(0, 1, 0.01);
    public static final Setting<Algorithm> ALGORITHM = Setting.of("algorithm",
                    Choice.of(Algorithm.class).showing(a -> a.title() + " (" + a.code() + ")"),
                    s -> s.lb().algorithm(), (s, v) -> s.withLb(s.lb().withAlgorithm(v)),
                    "Algorithm", "HAProxy's balance algorithm")
            .onCommandLine("--algorithm").inLessonFiles().inOutputAs("algorithm");
    public static final Setting<LbMode> MODE = Setting.of("mode", Choice.of(LbMode.class),
                    s -> s.lb().mode(), (s, v) -> s.withLb(s.lb().withMode(v)),
                    "Mode", "Whether the second web server is a backup")
            .onCommandLine("--mode").inLessonFiles().inOutputAs("mode");
    public static final Setting<CheckType> CHECK = Setting.of("check", Choice.of(CheckType.class).inAnyCase()
                            .showing(c -> c == CheckType.HTTP ? "HTTP (GET /health)" : "TCP (port open)"),
                    s -> s.lb().check(), (s, v) -> s.withLb(s.lb().withCheck(v)),
                    "Health check", "Health-check type")
            .onCommandLine("--check").inLessonFiles().inOutputAs("check");
    public static final Setting<Integer> INTER = Setting.of("inter", new WholeNumber(1, (int) Limits.MAX_TIME_MS, Unit.MS),
                    s -> s.lb().interMs(), (s, v) -> s.withLb(s.lb().withChecks(v, s.lb().fall(), s.lb().rise())),
                    "inter (ms)", "Time between health checks")
            .onCommandLine("--inter").inLessonFiles().inOutputAs("inter").dial(100, 60_000, 100);
    public static final Setting<Integer> FALL = Setting.of("fall", new WholeNumber(1, Limits.MAX_CHECKS, Unit.COUNT),
                    s -> s.lb().fall(), (s, v) -> s.withLb(s.lb().withChecks(s.lb().interMs(), v, s.lb().rise())),
                    "fall", "Failed checks that mark a server DOWN")
            .onCommandLine("--fall").inLessonFiles().inOutputAs("fall").dial(1, 10, 1);
    public static final Setting<Integer> RISE = Setting.of("rise", new WholeNumber(1, Limits.MAX_CHECKS, Unit.COUNT),
                    s -> s.lb().rise(), (s, v) -> s.withLb(s.lb().withChecks(s.lb().interMs(), s.lb().fall(), v)),
                    "rise", "Good checks that mark a server UP")
            .onCommandLine("--rise").inLessonFiles().inOutputAs("rise").dial(1, 10, 1);
    public static final Setting<Integer> RETRIES = Setting.of("retries", new WholeNumber(0, Limits.MAX_CHECKS, Unit.COUNT),
                    s -> s.lb().retries(), (s, v) -> s.withLb(s.lb().withRetries(v, s.lb().redispatch())),
                    "retries", "Connection retries")
            .onCommandLine("--retries").inLessonFiles().inOutputAs("retries").dial(0, 10, 1);
    public static final Setting<Boolean> REDISPATCH = Setting.of("redispatch", new Toggle(true),
                    s -> s.lb().redispatch(), (s, v) -> s.withLb(s.lb().withRetries(s.lb().retries(), v)),
                    "option redispatch", "option redispatch: retry on another server")
            .onCommandLine("--redispatch").inLessonFiles().inOutputAs("redispatch");
    /** Per-server weights, merged into those already set (a lesson changes one server's weight). */
    public static final Setting<Map<String, Integer>> WEIGHT = Setting.of("weight", new ServerWeights(Backend.MIN_WEIGHT, Backend.MAX_WEIGHT),
                    s -> s.lb().weights(), (s, v) -> s.withLb(s.lb().withWeights(merged(s.lb().weights(), v))),
                    "Weights", "HAProxy's weight of a server, for weighted round robin")
            .inLessonFiles();
    public static final Setting<Integer> TIMEOUT_CONNECT = Setting.of("timeout_connect", new WholeNumber(1, (int) Limits.MAX_TIME_MS, Unit.MS),
                    s -> s.lb().timeoutConnectMs(),
                    (s, v) -> s.withLb(s.lb().withTimeouts(v, s.lb().timeoutServerMs())),
                    "timeout connect (ms)", "HAProxy's timeout connect")
            .onCommandLine("--timeout-connect").inOutputAs("timeout_connect");
    public static final Setting<Integer> TIMEOUT_SERVER = Setting.of("timeout_server", new WholeNumber(1, (int) Limits.MAX_TIME_MS, Unit.MS),
                    s -> s.lb().timeoutServerMs(),
                    (s, v) -> s.withLb(s.lb().withTimeouts(s.lb().timeoutConnectMs(), v)),
                    "timeout server (ms)", "HAProxy's timeout server")
            .onCommandLine("--timeout-server").inLessonFiles().inOutputAs("timeout_server");
    public static final Setting<Boolean> HTTPS = Setting.of("https", new Toggle(false),
                    s -> s.security().https(), (s, v) -> s.withSecurity(s.security().withHttps(v)),
                    "HTTPS", "HTTPS to the load balancer")
            .onCommandLine("--https").inLessonFiles().decidedByStage();
    public static final Setting<Boolean> FIREWALLS = Setting.of("firewalls", new Toggle(false),
                    s -> s.security().firewalls(), (s, v) -> s.withSecurity(s.security().withFirewalls(v)),
                    "Firewalls", "A firewall on every server")
            .onCommandLine("--firewall").inLessonFiles().decidedByStage();
    public static final Setting<Boolean> MONITORING = Setting.of("monitoring", new Toggle(false),
                    s -> s.security().monitoring(), (s, v) -> s.withSecurity(s.security().withMonitoring(v)),
                    "Monitoring", "Monitoring agents and alerts")
            .onCommandLine("--monitoring").inLessonFiles().decidedByStage();
    public static final Setting<Boolean> ATTACKER = Setting.of("attacker", new Toggle(true),
                    s -> s.security().attacker(), (s, v) -> s.withSecurity(s.security().withAttacker(v)),
                    "Attacker on the Internet", "Someone tries MySQL (3306) and SSH (22) on every server once a second")
            .onCommandLine("--attacker").inLessonFiles();
    public static final Setting<ReadPolicy> READ_POLICY = Setting.of("read_policy", Choice.of(ReadPolicy.class),
                    s -> s.db().readPolicy(), (s, v) -> s.withDb(s.db().withReadPolicy(v)),
                    "Reads go to", "Where reads go")
            .onCommandLine("--read-policy").inLessonFiles().inOutputAs("read_policy");
    /** MariaDB's read_only on the Replicas: off is MariaDB's default; on is what a Replica should run with. */
    public static final Setting<Boolean> READ_ONLY = Setting.of("read_only", new Toggle(false),
                    s -> s.db().readOnly(), (s, v) -> s.withDb(s.db().withReadOnly(v)),
                    "Replicas read_only", "The Replicas refuse writes (MySQL error 1290); off, they accept them and diverge")
            .onCommandLine("--read-only").inLessonFiles().inOutputAs("read_only");
    /** The Replicas' MASTER_CONNECT_RETRY: how long the I/O thread waits between reconnection attempts. */
    public static final Setting<Long> CONNECT_RETRY = Setting.of("connect_retry", new Millis(Decimal.between(1, Limits.MAX_TIME_MS, Unit.MS)),
                    s -> s.db().connectRetry(), (s, v) -> s.withDb(s.db().withConnectRetry(v)),
                    "Connect retry (ms)", "MASTER_CONNECT_RETRY: time between a Replica's attempts to reconnect to its Primary")
            .onCommandLine("--connect-retry").inLessonFiles().inOutputAs("connect_retry_ms");
    public static final Setting<Integer> WORKERS = Setting.of("workers", new WholeNumber(1, Limits.MAX_WORKERS, Unit.COUNT),
                    s -> s.capacity().appWorkers(), (s, v) -> s.withCapacity(s.capacity().withAppWorkers(v)),
                    "Workers", "Requests an application server works on at the same time")
            .inLessonFiles().inOutputAs("app_workers");
    public static final Setting<Integer> QUEUE = Setting.of("queue", new WholeNumber(0, Limits.MAX_WORKERS, Unit.COUNT),
                    s -> s.capacity().appQueue(), (s, v) -> s.withCapacity(s.capacity().withAppQueue(v)),
                    "Queue", "Requests that may wait for an application server's worker")
            .inLessonFiles().inOutputAs("app_queue");
    public static final Setting<Long> DNS_TTL = Setting.of("dns_ttl", new Millis(Decimal.between(0, Limits.MAX_TIME_MS, Unit.MS)),
                    s -> s.timings().dnsTtl(), (s, v) -> s.withTimings(s.timings().withDnsTtl(v)),
                    "DNS TTL (ms)", "How long resolvers keep the DNS answer (the lab's clients keep it this long too)")
            .inOutputAs("dns_ttl_ms");

    public static final List<Setting<?>> ALL = List.of(INTERVAL, RATE, SEQUENTIAL, WRITES, ALGORITHM, MODE, CHECK,
            INTER, FALL, RISE, RETRIES, REDISPATCH, WEIGHT, TIMEOUT_CONNECT, TIMEOUT_SERVER, HTTPS, FIREWALLS, MONITORING,
            ATTACKER, READ_POLICY, READ_ONLY, CONNECT_RETRY, WORKERS, QUEUE, DNS_TTL);

    private Settings() {
    }

    private static Map<String, Integer> merged(Map<String, Integer> old, Map<String, Integer> changes) {
        Map<String, Integer> all = new LinkedHashMap<>(old);
        all.putAll(changes);
        return all;
    }

    /** The setting a lesson file calls {@code key}. */
    public static Optional<Setting<?>> inLessons(String key) {
        return ALL.stream().filter(s -> s.inLessons() && s.key().equals(key)).findFirst();
    }

    /**
     * What is wrong with settings that come whole from a file (a saved run, a picture's moment), in
     * words naming the setting: a value outside its definition's range, or a weight for a server the
     * topology's load balancer does not have. Empty when nothing is.
     */
    public static Optional<String> problemIn(SimulationSettings s, Topology t) {
        for (Setting<?> setting : ALL) {
            try {
                setting.apply(s, setting.output(s));
            } catch (BadSettingValue bad) {
                return Optional.of(bad.messageFor("setting '" + setting.key() + "'"));
            }
        }
        return unknownServer(s.lb().weights().keySet(), t).map(p -> "setting '" + WEIGHT.key() + "': " + p);
    }

    /** The first of {@code names} that is not a server of the topology's load balancer, in words; empty when all are. */
    public static Optional<String> unknownServer(java.util.Collection<String> names, Topology t) {
        List<String> servers = t.backends().stream().map(Backend::name).toList();
        return names.stream().filter(n -> !servers.contains(n)).findFirst().map(n -> "'" + n + "' is not a server of the load balancer"
                + (servers.isEmpty() ? " (this topology has none)" : " (use one of " + String.join(", ", servers) + ")"));
    }

    /** The keys lesson files may use, comma-separated, for error messages. */
    public static String lessonKeys() {
        return ALL.stream().filter(Setting::inLessons).map(Setting::key).collect(Collectors.joining(", "));
    }
}
