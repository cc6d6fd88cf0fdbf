package io.infraviz.sim;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitoring: agents on the servers report to a monitoring service, which alerts people some
 * time after a component dies (or a server stops reporting) and when the error rate climbs.
 * Without it, a dead component stays unnoticed: {@link #downSince(String)} tells for how long.
 */
final class MonitoringFlow {
    private static final int WINDOW = 10;
    private static final double ERROR_RATE_ALERT = 0.2;

    private final Simulation sim;
    private final Map<String, Long> downSince = new HashMap<>();
    private final List<SimEvent.Alert> alerts = new ArrayList<>();
    private final long[] requests = new long[WINDOW];
    private final long[] errors = new long[WINDOW];
    private final long[] second = new long[WINDOW];
    private boolean errorAlertRaised;
    private boolean ticking;

    MonitoringFlow(Simulation sim) {
        this.sim = sim;
    }

    /** True when agents report and the service alerts. */
    boolean active() {
        if (!sim.settings.security().monitoring()) {
            return false;
        }
        for (ComponentState c : sim.components) {
            if (c.component.role() == Role.MONITORING_SERVICE && !c.running()) {
                return false;
            }
        }
        return true;
    }

    /** Something changed state: remember since when it is down, and schedule the alert. */
    void statusChanged(String id, boolean down) {
        long now = sim.engine.now();
        if (!down) {
            downSince.remove(id);
            return;
        }
        if (downSince.containsKey(id)) {
            return;
        }
        downSince.put(id, now);
        long delay = sim.settings.security().alertDelayMicros();
        sim.engine.schedule(delay, () -> maybeAlert(id, now));
    }

    private void maybeAlert(String id, long since) {
        Long current = downSince.get(id);
        if (current == null || current != since || !active() || !reportable(id)) {
            return;
        }
        boolean host = sim.topology.host(id).isPresent();
        alert((host ? id + " stopped reporting (host down)" : id + " is down")
                + ", detected after " + SimTime.human(sim.engine.now() - since));
    }

    /**
     * Something can be reported unless the agent of its host is dead: with an agent component it
     * needs that agent running; monitoring turned on for a topology without agent components
     * watches every server as if it had one. A dead host is noticed by its silence.
     */
    private boolean reportable(String id) {
        ComponentState c = sim.componentById.get(id);
        if (c == null || c.host == null) {
            return true;
        }
        for (ComponentState a : sim.components) {
            if (a.host == c.host && a.component.role() == Role.MONITORING_AGENT) {
                return a.running();
            }
        }
        return true;
    }

    /** Monitoring was just turned on: what is already down gets its alert after the detection delay. */
    void settingsChanged() {
        if (!sim.settings.security().monitoring()) {
            return;
        }
        long delay = sim.settings.security().alertDelayMicros();
        for (var e : new java.util.ArrayList<>(downSince.entrySet())) {
            String id = e.getKey();
            long since = e.getValue();
            sim.engine.schedule(delay, () -> maybeAlert(id, since));
        }
    }

    /** A request ended: count it for the error-rate alert. */
    void requestCompleted(long timeUs, boolean failed) {
        long s = timeUs / 1_000_000;
        int slot = (int) (s % WINDOW);
        if (second[slot] != s) {
            second[slot] = s;
            requests[slot] = 0;
            errors[slot] = 0;
        }
        requests[slot]++;
        if (failed) {
            errors[slot]++;
        }
        if (!ticking && sim.settings.security().monitoring()) {
            ticking = true;
            sim.engine.schedule(1_000_000, this::checkErrorRate);
        }
    }

    private void checkErrorRate() {
        long now = sim.engine.now() / 1_000_000;
        long all = 0;
        long bad = 0;
        for (int i = 0; i < WINDOW; i++) {
            if (second[i] > now - WINDOW) {
                all += requests[i];
                bad += errors[i];
            }
        }
        double rate = all == 0 ? 0 : (double) bad / all;
        if (rate >= ERROR_RATE_ALERT && all >= 5 && !errorAlertRaised && active()) {
            errorAlertRaised = true;
            alert(String.format(java.util.Locale.ROOT, "error rate %.0f %% over the last %d s", rate * 100, WINDOW));
        } else if (rate < ERROR_RATE_ALERT / 2) {
            errorAlertRaised = false;
        }
        if (sim.settings.security().monitoring()) {
            sim.engine.schedule(1_000_000, this::checkErrorRate);
        } else {
            ticking = false;
        }
    }

    private void alert(String text) {
        SimEvent.Alert a = new SimEvent.Alert(sim.engine.now(), text);
        alerts.add(a);
        sim.emit(a);
    }

    List<SimEvent.Alert> alerts() {
        return alerts;
    }

    /** Since when a component or host has been down, or -1 when it is up. */
    long downSince(String id) {
        return downSince.getOrDefault(id, -1L);
    }
}
