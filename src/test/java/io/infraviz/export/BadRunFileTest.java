package io.infraviz.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infraviz.model.Preset;
import io.infraviz.scenario.Moment;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Saved runs (and the moment a PNG carries) whose numbers would hang or exhaust the window when it
 * replays them: each refused in one line naming the file, the field and the bound, before anything
 * is replayed (found by a careless or hostile file: a time of 10^18 froze the window, an interval of
 * 1 us ran it out of memory).
 */
class BadRunFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> badRuns() {
        return Stream.of(
                Arguments.of("time far past 24 h", edit(r -> r.put("time_us", 1_000_000_000_000_000_000L)),
                        "field time_us", "must be a time from 0 to 24 h"),
                Arguments.of("an action at 9e18", edit(r -> ((ObjectNode) r.withArray("actions").addObject())
                        .put("at_us", 9_000_000_000_000_000_000L).put("fault", "kill:web-02")), "field actions[0].at_us", "must be a time from 0 to 24 h"),
                Arguments.of("a request every microsecond", edit(r -> r.with("settings").with("traffic").put("intervalMicros", 1)),
                        "field settings", "setting 'interval' must be"),
                Arguments.of("two billion workers", edit(r -> r.with("settings").with("capacity").put("appWorkers", 2_000_000_000)),
                        "field settings", "setting 'workers' must be"),
                Arguments.of("a LAN hop of 9e18 us", edit(r -> r.with("settings").with("timings").put("lanHop", 9_000_000_000_000_000_000L)),
                        "field settings", "a duration must be at most 86400000 ms (24 h)"),
                Arguments.of("a weight for a ghost", edit(r -> r.with("settings").with("lb").with("weights").put("ghost", 3)),
                        "field settings", "setting 'weight': 'ghost' is not a server of the load balancer"),
                Arguments.of("a negative weight", edit(r -> r.with("settings").with("lb").with("weights").put("web-01", -3)),
                        "field settings", "setting 'weight' of web-01 must be a whole number from 1 to 256"),
                Arguments.of("24 h at the highest rate", edit(r -> {
                    r.put("time_us", 86_400_000_000L);
                    r.with("settings").with("traffic").put("intervalMicros", 100);
                }), "field time_us", "InfraViz replays at most 50,000,000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRuns")
    void isRefusedInOneLineNamingTheFieldAndTheBound(String what, String json, String field, String problem) {
        assertThatThrownBy(() -> MomentFile.fromJson(json, "run.json")).isInstanceOf(MomentFile.BadMomentFile.class)
                .hasMessageStartingWith("run.json").hasMessageContaining(field).hasMessageContaining(problem)
                .hasMessageNotContaining("\n").hasMessageNotContaining("Exception");
    }

    private static String edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(MomentFile.toJson(new Moment(Stages.DISTRIBUTED.topology(),
                    Preset.CLASSROOM.settings(), 1, List.of(), 5_000_000)));
            change.accept(root);
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
