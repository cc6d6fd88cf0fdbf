package io.infraviz.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.analysis.IssuesAnalysis;
import io.infraviz.analysis.RunSummary;
import io.infraviz.engine.SimTime;
import io.infraviz.model.LbSettings;
import io.infraviz.model.SecuritySettings;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.settings.Setting;
import io.infraviz.model.settings.Settings;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.db.DatabaseNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The summary of a run, as JSON for programs or as a table for people. */
final class SummaryReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryReport() {
    }

    static String json(Simulation sim, RunSummary s, long seed, List<String> events) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("stage", sim.topology().name());
        root.put("requests", s.requests());
        root.put("succeeded", s.succeeded());
        putCounts(root.putObject("by_backend"), s.byBackend());
        putCounts(root.putObject("by_outcome"), s.byOutcome());
        putCounts(root.putObject("by_status"), s.byStatus());
        putCounts(root.putObject("by_database"), s.byDatabase());
        root.put("stale_reads", s.staleReads());
        root.put("own_write_stale", s.ownWriteStale());
        root.put("lost_writes", sim.databases().lostWrites());
        root.put("split_brain_writes", sim.databases().splitBrainWrites());
        root.put("errant_writes", sim.databases().errantWrites());
        putCounts(root.putObject("by_error"), s.byError());
        ObjectNode latency = root.putObject("latency_ms");
        latency.put("p50", ms(s.latencyPercentile(50)));
        latency.put("p95", ms(s.latencyPercentile(95)));
        latency.put("p99", ms(s.latencyPercentile(99)));
        latency.put("max", ms(s.latencyPercentile(100)));
        ArrayNode health = root.putArray("health");
        for (RunSummary.HealthChange h : s.health()) {
            ObjectNode o = health.addObject();
            o.put("t_ms", ms(h.timeUs()));
            o.put("server", h.server());
            o.put("state", h.state().name());
        }
        ArrayNode dbs = root.putArray("databases");
        for (DatabaseNode n : sim.databases().nodes()) {
            ObjectNode o = dbs.addObject();
            o.put("id", n.id());
            o.put("role", n.role().name());
            o.put("primary", n == sim.databases().writer());
            o.put("lag_ms", ms(sim.databases().lagMicros(n, sim.now())));
            Long reported = sim.databases().reportedLagSeconds(n, sim.now());
            if (reported == null) {
                o.putNull("reported_lag_s");
            } else {
                o.put("reported_lag_s", reported);
            }
            if (n.ioState() == null) {
                o.putNull("io_state");
            } else {
                o.put("io_state", n.ioState().code());
            }
            o.put("read_only", n.readOnly());
            o.put("diverged_writes", n.divergedWrites());
        }
        IssuesAnalysis.Issues issues = issues(sim);
        ObjectNode io = root.putObject("issues");
        putList(io.putArray("spof_all"), issues.spofAll());
        putList(io.putArray("spof_writes"), issues.spofWrites());
        putList(io.putArray("spof_reads"), issues.spofReads());
        putList(io.putArray("security"), issues.security());
        putList(io.putArray("monitoring"), issues.monitoring());
        Simulation.SecurityCounts sc = sim.securityCounts();
        ObjectNode security = root.putObject("security");
        security.put("https", sim.settings().security().https());
        security.put("firewalls", sim.settings().security().firewalls());
        security.put("plaintext_seen", sc.plaintextSeen());
        security.put("ciphertext_seen", sc.ciphertextSeen());
        security.put("attacks_succeeded", sc.attacksSucceeded());
        security.put("attacks_blocked", sc.attacksBlocked());
        ObjectNode monitoring = root.putObject("monitoring");
        monitoring.put("enabled", sim.settings().security().monitoring());
        ArrayNode alerts = monitoring.putArray("alerts");
        for (var a : sim.alerts()) {
            ObjectNode o = alerts.addObject();
            o.put("t_ms", ms(a.timeUs()));
            o.put("text", a.text());
        }
        root.put("end_ms", ms(sim.now()));
        settings(root.putObject("settings"), sim.settings(), seed, events);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void settings(ObjectNode o, SimulationSettings st, long seed, List<String> events) {
        o.put("seed", seed);
        for (Setting<?> setting : Settings.ALL) {
            setting.outputKey().ifPresent(key -> o.putPOJO(key, setting.output(st)));
        }
        ArrayNode ev = o.putArray("events");
        events.forEach(ev::add);
    }

    /** The issues panel's findings for the run's topology, with the run's HTTPS, firewalls and monitoring. */
    private static IssuesAnalysis.Issues issues(Simulation sim) {
        SecuritySettings sec = sim.settings().security();
        return IssuesAnalysis.of(sim.topology(), sim.settings(), sec.https(), sec.firewalls(), sec.monitoring());
    }

    private static void putList(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void putCounts(ObjectNode o, Map<String, Long> counts) {
        counts.forEach(o::put);
    }

    private static BigDecimal ms(long micros) {
        return new BigDecimal(SimTime.formatMs(micros));
    }

    static String table(Simulation sim, RunSummary s, long seed, List<String> events) {
        StringBuilder b = new StringBuilder();
        SimulationSettings st = sim.settings();
        LbSettings lb = st.lb();
        b.append(String.format("InfraViz simulation: %s, seed %d%n", sim.topology().title(), seed));
        b.append(String.format("  %s, %s, %s check inter %d fall %d rise %d, retries %d%s%n",
                lb.algorithm().title(), lb.mode().code(), lb.check().code().toUpperCase(), lb.interMs(), lb.fall(),
                lb.rise(), lb.retries(), lb.redispatch() ? ", redispatch" : ""));
        if (!events.isEmpty()) {
            b.append("  events: ").append(String.join(" ", events)).append('\n');
        }
        b.append('\n');
        b.append(String.format("Requests     %d (%d succeeded, %.1f %%)%n", s.requests(), s.succeeded(),
                s.requests() == 0 ? 0.0 : 100.0 * s.succeeded() / s.requests()));
        section(b, "Per backend", s.byBackend());
        section(b, "Per outcome", s.byOutcome());
        section(b, "Per status", s.byStatus());
        section(b, "Reads/writes served by", s.byDatabase());
        b.append(String.format("Stale reads  %d%n", s.staleReads()));
        b.append(String.format("Own write missing from its page  %d%n", s.ownWriteStale()));
        b.append(String.format("Lost writes  %d%n", sim.databases().lostWrites()));
        if (!s.byError().isEmpty()) {
            section(b, "MySQL errors", s.byError());
        }
        b.append(String.format("Latency      p50 %s  p95 %s  p99 %s  max %s%n", SimTime.human(s.latencyPercentile(50)),
                SimTime.human(s.latencyPercentile(95)), SimTime.human(s.latencyPercentile(99)),
                SimTime.human(s.latencyPercentile(100))));
        Simulation.SecurityCounts sc = sim.securityCounts();
        b.append(String.format("Security     eavesdropper read %d request(s) in clear text, %d as ciphertext; attacker got in %d time(s), blocked %d%n",
                sc.plaintextSeen(), sc.ciphertextSeen(), sc.attacksSucceeded(), sc.attacksBlocked()));
        b.append("Alerts\n");
        if (sim.alerts().isEmpty()) {
            b.append(sim.settings().security().monitoring() ? "  (none)\n" : "  (no monitoring: nobody is told)\n");
        }
        for (var a : sim.alerts()) {
            b.append(String.format("  %12s ms  %s%n", SimTime.formatMs(a.timeUs()), a.text()));
        }
        b.append("Health changes\n");
        if (s.health().isEmpty()) {
            b.append("  (none)\n");
        }
        for (RunSummary.HealthChange h : s.health()) {
            b.append(String.format("  %12s ms  %-8s %s%n", SimTime.formatMs(h.timeUs()), h.server(), h.state()));
        }
        IssuesAnalysis.Issues issues = issues(sim);
        b.append("Issues\n");
        issueLine(b, "single points of failure, all traffic", String.join(", ", issues.spofAll()));
        issueLine(b, "single points of failure, writes", String.join(", ", issues.spofWrites()));
        issueLine(b, "single points of failure, reads", String.join(", ", issues.spofReads()));
        issues.security().forEach(t -> issueLine(b, "security", t));
        issues.monitoring().forEach(t -> issueLine(b, "monitoring", t));
        return b.toString();
    }

    private static void issueLine(StringBuilder b, String title, String text) {
        b.append(String.format("  %-38s %s%n", title, text.isEmpty() ? "(none)" : text));
    }

    private static void section(StringBuilder b, String title, Map<String, Long> counts) {
        b.append(title).append('\n');
        counts.forEach((k, v) -> b.append(String.format("  %-16s %d%n", k, v)));
    }
}
