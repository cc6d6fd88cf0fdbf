package io.infraviz.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.engine.SimTime;
import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.ScenarioRunner;

import java.util.List;

/** A lesson's headless run as JSON: each step, its checks, and whether all held. */
final class ScenarioReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioReport() {
    }

    static String json(Lesson lesson, List<ScenarioRunner.StepResult> results, boolean passed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lesson", lesson.scenario().name());
        root.put("title", lesson.scenario().title());
        root.put("passed", passed);
        ArrayNode steps = root.putArray("steps");
        for (ScenarioRunner.StepResult r : results) {
            ObjectNode s = steps.addObject();
            s.put("index", r.index());
            s.put("narration", r.narration());
            s.put("wait_met", r.waitMet());
            s.put("end_s", SimTime.toSeconds(r.endUs()));
            ArrayNode checks = s.putArray("checks");
            for (ScenarioRunner.Check c : r.checks()) {
                checks.addObject().put("condition", c.condition()).put("held", c.held());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
