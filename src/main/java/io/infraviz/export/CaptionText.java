package io.infraviz.export;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramState;
import io.infraviz.diagram.LinkLook;
import io.infraviz.engine.SimTime;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.world.ComponentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an exported picture says about itself: the PNG's caption and the SVG's title. */
final class CaptionText {
    private CaptionText() {
    }

    /** The caption: the topology's title, then stage, simulated time and what is down. */
    static List<String> lines(Diagram diagram, Moment moment) {
        Topology t = diagram.topology();
        List<String> parts = new ArrayList<>();
        parts.add(Stages.fromCode(t.name()).isPresent() ? "Stage: " + t.name() : "Topology: " + t.name());
        if (moment != null) {
            parts.add("simulated time " + SimTime.human(moment.timeUs()));
        }
        parts.add(whatIsDown(diagram));
        return List.of(t.title(), String.join("  ·  ", parts));
    }

    /** E.g. "web-02 killed, link X cut; load balancer: web-02 DOWN", or "everything running". */
    static String whatIsDown(Diagram diagram) {
        DiagramState s = diagram.shown();
        Topology t = diagram.topology();
        if (s == null) {
            return "everything running";
        }
        List<String> faults = new ArrayList<>();
        for (Host h : t.hosts()) {
            if (Boolean.TRUE.equals(s.hostsDown().get(h.id()))) {
                faults.add(h.id() + " killed");
            }
        }
        for (Component c : t.components()) {
            ComponentStatus st = s.components().get(c.id());
            String words = st == null ? null : switch (st) {
                case KILLED -> "killed";
                case HUNG -> "hung";
                case ERRORING -> "answering errors";
                case RUNNING, HOST_DOWN -> null;
            };
            if (words != null) {
                faults.add(c.id() + " " + words);
            }
        }
        for (Link l : t.links()) {
            if (s.links().getOrDefault(l.id(), LinkLook.FINE).cut()) {
                faults.add("link " + l.id() + " cut");
            }
        }
        List<String> lb = new ArrayList<>();
        for (Map.Entry<String, DiagramState.HealthKind> e : s.healthKind().entrySet()) {
            if (e.getValue() != DiagramState.HealthKind.UP) {
                lb.add(e.getKey() + " " + s.health().get(e.getKey()));
            }
        }
        String text = faults.isEmpty() ? "everything running" : String.join(", ", faults);
        return lb.isEmpty() ? text : text + "; load balancer: " + String.join(", ", lb);
    }
}
