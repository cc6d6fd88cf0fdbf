package io.infraviz.sim.fault;

import io.infraviz.engine.SimTime;
import io.infraviz.model.Fault;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Preset;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.infraviz.model.FaultAction.CUT;
import static io.infraviz.model.FaultAction.ERROR;
import static io.infraviz.model.FaultAction.HANG;
import static io.infraviz.model.FaultAction.HEAL;
import static io.infraviz.model.FaultAction.KILL;
import static io.infraviz.model.FaultAction.POINT_WRITES;
import static io.infraviz.model.FaultAction.PROMOTE;
import static io.infraviz.model.FaultAction.PROMOTE_SAFE;
import static io.infraviz.model.FaultAction.RESEED;
import static io.infraviz.model.FaultAction.REVIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fault rules: which part each action applies to, what the menu and a click offer now, and why a run refuses. */
class FaultRulesTest {
    private static final Topology DISTRIBUTED = Stages.DISTRIBUTED.topology();
    private static final String LINK = "web-01.mysql->web-02.mysql";

    /** One kind of part of each column, on the distributed stage. */
    private static final List<String> PARTS = List.of("web-02.nginx", "web-02.mysql", "web-02", LINK);

    /** Each action on each kind of part: "ok", or what the action applies to instead. */
    private static final String TABLE = """
            action       | component              | database               | host                   | link
            kill         | ok                     | ok                     | ok                     | a component or a host
            revive       | ok                     | ok                     | ok                     | a component or a host
            hang         | ok                     | ok                     | a component            | a component
            error        | ok                     | ok                     | a component            | a component
            heal         | ok                     | ok                     | a component or a link  | ok
            cut          | a link (from->to)      | a link (from->to)      | a link (from->to)      | ok
            promote      | a database             | ok                     | a database             | a database
            promote-safe | a database             | ok                     | a database             | a database
            reseed       | a database             | ok                     | a database             | a database
            point-writes | a database             | ok                     | a database             | a database
            """;

    private final Simulation sim = new Simulation(DISTRIBUTED, Preset.CLASSROOM.settings(), 1);

    static Stream<Arguments> table() {
        List<Arguments> out = new ArrayList<>();
        for (String line : TABLE.lines().skip(1).toList()) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            FaultAction action = FaultAction.fromCode(cells[0]).orElseThrow();
            for (int i = 0; i < PARTS.size(); i++) {
                out.add(Arguments.of(action, PARTS.get(i), cells[i + 1]));
            }
        }
        return out.stream();
    }

    @Test
    void theTableHasARowForEveryAction() {
        assertThat(TABLE.lines().skip(1).map(l -> l.split("\\|")[0].trim()))
                .containsExactly(Arrays.stream(FaultAction.values()).map(FaultAction::code).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("table")
    void eachActionAppliesToItsKindsOfPart(FaultAction action, String target, String expected) {
        Fault f = new Fault(action, target);
        if (expected.equals("ok")) {
            assertThatCode(() -> FaultRules.check(DISTRIBUTED, f)).doesNotThrowAnyException();
            assertThat(FaultRules.fits(DISTRIBUTED, f)).isTrue();
        } else {
            String kind = target.equals("web-02") ? "host" : target.equals(LINK) ? "link" : "component";
            assertThatThrownBy(() -> FaultRules.check(DISTRIBUTED, f)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot %s '%s': it is a %s, and %s applies to %s", action.code(), target, kind,
                            action.code(), expected);
        }
    }

    @Test
    void anUnknownPartIsNamedWithTheFaultAndWhatIsKnown() {
        assertThatThrownBy(() -> FaultRules.check(DISTRIBUTED, new Fault(KILL, "web-09")))
                .hasMessageStartingWith("unknown component, host or link 'web-09' in kill:web-09 (known: lb-01, web-01, ")
                .hasMessageContaining("web-02.mysql)");
    }

    @Test
    void aClickKillsWhatRunsAndRevivesWhatIsDown() {
        assertThat(FaultRules.click(sim.faultTargets(), "web-02.nginx")).isEqualTo(new Fault(KILL, "web-02.nginx"));
        sim.apply(new Fault(KILL, "web-02.nginx"));
        assertThat(FaultRules.click(sim.faultTargets(), "web-02.nginx")).isEqualTo(new Fault(REVIVE, "web-02.nginx"));
        assertThat(FaultRules.click(sim.faultTargets(), "web-01")).isEqualTo(new Fault(KILL, "web-01"));
        sim.apply(new Fault(KILL, "web-01"));
        assertThat(FaultRules.click(sim.faultTargets(), "web-01")).isEqualTo(new Fault(REVIVE, "web-01"));
        assertThat(FaultRules.click(sim.faultTargets(), "web-01.app")).as("a part of a dead host revives the host")
                .isEqualTo(new Fault(REVIVE, "web-01"));
        sim.apply(new Fault(HANG, "dns"));
        assertThat(FaultRules.click(sim.faultTargets(), "dns")).isEqualTo(new Fault(HEAL, "dns"));
    }

    @Test
    void aClickOnALinkCutsItAndAnotherHealsIt() {
        assertThat(FaultRules.click(sim.faultTargets(), LINK)).isEqualTo(new Fault(CUT, LINK));
        sim.apply(new Fault(CUT, LINK));
        assertThat(FaultRules.click(sim.faultTargets(), LINK)).isEqualTo(new Fault(HEAL, LINK));
    }

    @Test
    void theMenuOffersTheClickThenThePartsOwnActionsThenItsHosts() {
        assertThat(FaultRules.offered(sim.faultTargets(), "web-02.mysql")).containsExactly(new Fault(KILL, "web-02.mysql"),
                new Fault(HANG, "web-02.mysql"), new Fault(ERROR, "web-02.mysql"), new Fault(PROMOTE, "web-02.mysql"),
                new Fault(PROMOTE_SAFE, "web-02.mysql"), new Fault(RESEED, "web-02.mysql"),
                new Fault(POINT_WRITES, "web-02.mysql"), new Fault(KILL, "web-02"));
        assertThat(FaultRules.offered(sim.faultTargets(), "web-01.mysql")).extracting(Fault::action)
                .as("the Primary is neither promoted nor re-seeded, and the writes already go there")
                .containsExactly(KILL, HANG, ERROR, KILL);
        assertThat(FaultRules.offered(sim.faultTargets(), "web-02")).containsExactly(new Fault(KILL, "web-02"));
        assertThat(FaultRules.offered(sim.faultTargets(), LINK)).containsExactly(new Fault(CUT, LINK));
        assertThat(FaultRules.offered(sim.faultTargets(), "dns")).as("off any host").containsExactly(new Fault(KILL, "dns"),
                new Fault(HANG, "dns"), new Fault(ERROR, "dns"));
    }

    @Test
    void whatMisbehavesOffersHealThenKill() {
        sim.apply(new Fault(ERROR, "web-02.app"));
        assertThat(FaultRules.offered(sim.faultTargets(), "web-02.app")).extracting(Fault::action).containsExactly(HEAL, KILL, KILL);
    }

    @Test
    void onADeadHostOnlyTheHostsRevivalAndTheDatabaseActionsAreOffered() {
        sim.apply(new Fault(KILL, "web-02"));
        assertThat(FaultRules.offered(sim.faultTargets(), "web-02.mysql")).containsExactly(new Fault(REVIVE, "web-02"),
                new Fault(PROMOTE, "web-02.mysql"), new Fault(PROMOTE_SAFE, "web-02.mysql"),
                new Fault(RESEED, "web-02.mysql"), new Fault(POINT_WRITES, "web-02.mysql"));
    }

    @Test
    void pointingTheWritesWhereTheyGoIsRefusedAndElsewhereApplies() {
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(POINT_WRITES, "web-01.mysql")))
                .contains("the app's writes already go there");
        sim.apply(new Fault(POINT_WRITES, "web-02.mysql"));
        assertThat(sim.faultTargets().writesGoTo()).isEqualTo("web-02.mysql");
        assertThat(sim.faultTargets().writerDatabase()).as("the Primary stays the Primary").isEqualTo("web-01.mysql");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(POINT_WRITES, "web-01.mysql"))).isEmpty();
    }

    @Test
    void theRunRefusesWhatCannotHappenNowAndSaysWhy() {
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(KILL, "web-02.nginx"))).isEmpty();
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(REVIVE, "web-02.nginx"))).contains("it is not down");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(REVIVE, "web-02"))).contains("the host is not down");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(PROMOTE, "web-01.mysql"))).contains("it is not a Replica");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(RESEED, "web-01.mysql"))).contains("it is the Primary");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(HANG, "web-02.nginx"))).isEmpty();
        sim.apply(new Fault(KILL, "web-02.nginx"));
        sim.apply(new Fault(KILL, "web-02"));
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(KILL, "web-02.nginx"))).contains("it is already down");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(KILL, "web-02"))).contains("the host is already down");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(PROMOTE, "web-02.mysql"))).contains("it is not running");
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(RESEED, "web-02.mysql")))
                .contains("both it and the Primary must be running");
        assertThat(FaultRules.offered(sim.faultTargets(), "web-02.mysql")).as("a refusal teaches too: still offered")
                .contains(new Fault(PROMOTE, "web-02.mysql"));
    }

    @Test
    void aSecondPromotionWaitsForTheFirst() {
        // Writes only, faster than the Replica applies them: its relay log grows, so a safe promotion takes time.
        SimulationSettings base = Preset.REALISTIC.settings();
        SimulationSettings busy = base.withTimings(base.timings().withReplicationApply(SimTime.ms(200)))
                .withTraffic(base.traffic().withInterval(SimTime.ms(50)).withWriteFraction(1.0));
        Simulation sim = new Simulation(DISTRIBUTED, busy, 1);
        sim.startTraffic(-1);
        sim.runUntil(SimTime.ms(2000));
        sim.apply(new Fault(PROMOTE_SAFE, "web-02.mysql"));
        assertThat(FaultRules.refusal(sim.faultTargets(), new Fault(PROMOTE, "web-02.mysql")))
                .contains("its promotion is already under way");
    }

    @Test
    void theRunReportsTheRulesRefusalAsAnEvent() {
        List<SimEvent> events = new ArrayList<>();
        sim.addListener(events::add);
        sim.apply(new Fault(REVIVE, "web-02.nginx"));
        assertThat(events).filteredOn(SimEvent.FaultRefused.class::isInstance).map(SimEvent::describe)
                .containsExactly("cannot revive web-02.nginx: it is not down");
    }
}
