package io.infraviz.sim.monitoring;

import io.infraviz.engine.Engine;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Role;
import io.infraviz.sim.world.ComponentState;
import io.infraviz.sim.world.SimEvent;
import io.infraviz.sim.world.SimulationListener;
import io.infraviz.sim.world.World;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitoring: agents on the servers report to a monitoring service, which alerts people some
 * time after a component dies (or a server stops reporting) and when the error rate climbs.
 * Without it, a dead component stays unnoticed: {@link #downSince(String)} tells for how long.
 */
public final class MonitoringFlow {
    private static final int WINDOW = 10;
    private static final double ERROR_RATE_ALERT = 0.2;

    private final World world;
    private final Engine engine;
    private final SimulationListener events;
    private final Map<String, Long> downSince = new HashMap<>();
    private final List<SimEvent.Alert> alerts = new ArrayList<>();
    private final long[] requests = new long[WINDOW];
    private final long[] errors = new long[WINDOW];
    private final long[] second = new long[WINDOW];
    private boolean errorAlertRaised;
    private boolean ticking;

    public MonitoringFlow(World world, Engine engine, SimulationListener events) {
        this.world = world;
        this.engine = engine;
        this.events = events;
    }

    /** True when agents report and the service alerts. */
    public boolean active() {
        if (!world.settings().security().monitoring()) {
            return false;
        }
        for (ComponentState c : world.components()) {
            if (c.component().role() == Role.MONITORING_SERVICE && !c.running()) {
                return false;
            }
        }
        return true;
    }

    /** Something changed state: remember since when it is down, and schedule the alert. */
    public void statusChanged(String id, boolean down) {
        long now = engine.now();
        if (!down) {
            downSince.remove(id);
            return;
        }
        if (downSince.containsKey(id)) {
            return;
        }
        downSince.put(id, now);
        long delay = world.settings().security().alertDelayMicros();
        engine.schedule(delay, () -> maybeAlert(id, now));
    }

    private void maybeAlert(String id, long since) {
        Long current = downSince.get(id);
        if (current == null || current != since || !active() || !reportable(id)) {
            return;
        }
        boolean host = world.topology().host(id).isPresent();
        alert((host ? id + " stopped reporting (host down)" : id + " is down")
                + ", detected after " + SimTime.human(engine.now() - since));
    }

    /**
     * Something can be reported unless the agent of its host is dead: with an agent component it
     * needs that agent running; monitoring turned on for a topology without agent components
     * watches every server as if it had one. A dead host is noticed by its silence.
     */
    private boolean reportable(String id) {
        ComponentState c = world.component(id);
        if (c == null || c.host() == null) {
            return true;
        }
        ComponentState agent = world.onHost(c.host(), Role.MONITORING_AGENT);
        return agent == null || agent.running();
    }

    /** Monitoring was just turned on: what is already down gets its alert after the detection delay. */
    public void settingsChanged() {
        if (!world.settings().security().monitoring()) {
            return;
        }
        long delay = world.settings().security().alertDelayMicros();
        for (var e : new java.util.ArrayList<>(downSince.entrySet())) {
            String id = e.getKey();
            long since = e.getValue();
            engine.schedule(delay, () -> maybeAlert(id, since));
        }
    }

    /** A request ended: count it for the error-rate alert. */
    public void requestCompleted(long timeUs, boolean failed) {
        long s = SimTime.wholeSeconds(timeUs);
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
        if (!ticking && world.settings().security().monitoring()) {
            ticking = true;
            engine.schedule(SimTime.seconds(1), this::checkErrorRate);
        }
    }

    private void checkErrorRate() {
        long now = SimTime.wholeSeconds(engine.now());
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
        if (world.settings().security().monitoring()) {
            engine.schedule(SimTime.seconds(1), this::checkErrorRate);
        } else {
            ticking = false;
        }
    }

    private void alert(String text) {
        SimEvent.Alert a = new SimEvent.Alert(engine.now(), text);
        alerts.add(a);
        events.onEvent(a);
    }

    public List<SimEvent.Alert> alerts() {
        return alerts;
    }

    /** Since when a component or host has been down, or -1 when it is up. */
    public long downSince(String id) {
        return downSince.getOrDefault(id, -1L);
    }
}
