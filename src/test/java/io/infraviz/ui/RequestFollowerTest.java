package io.infraviz.ui;

import io.infraviz.diagram.Diagram;
import io.infraviz.diagram.DiagramTheme;
import io.infraviz.diagram.Runs;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.ScheduledFault;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Following one request: slowed down, every hop told in words, the result at the end, the speed back. */
class RequestFollowerTest {
    private final List<SimEvent> events = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final double[] speed = {1.5};

    private Simulation simulation(String... faults) {
        Simulation sim = new Simulation(Stages.DISTRIBUTED.topology(),
                Runs.realistic().forTopology(Stages.DISTRIBUTED.topology()), 7);
        for (String f : faults) {
            sim.schedule(ScheduledFault.parse(f));
        }
        sim.addListener(events::add);
        sim.startTraffic(40);
        return sim;
    }

    private RequestFollower follower(Simulation sim) {
        RequestFollower f = new RequestFollower();
        f.setNarrator(told::add);
        f.useSpeed(() -> speed[0], s -> speed[0] = s);
        f.frame(sim, List.of(), false);
        return f;
    }

    /** Runs frame by frame (10 ms of simulated time each) as the driver does, until following stops. */
    private void runWhileFollowing(Simulation sim, RequestFollower f) {
        for (int frames = 0; f.following() && frames < 10_000; frames++) {
            sim.runUntil(sim.now() + 10_000);
            List<SimEvent> batch = new ArrayList<>(events);
            events.clear();
            f.frame(sim, batch, false);
        }
    }

    @Test
    void theNextRequestIsToldHopByHopWithTheBalancersChoiceAndItsResult() {
        Simulation sim = simulation();
        sim.runUntil(250_000);
        events.clear();
        RequestFollower f = follower(sim);
        long next = sim.requestsSent();
        f.followNextRequest();
        assertThat(f.followedIndex()).isEqualTo(next);
        assertThat(speed[0]).as("slowed down").isEqualTo(RequestFollower.FOLLOW_SPEED);
        runWhileFollowing(sim, f);

        assertThat(f.following()).isFalse();
        assertThat(speed[0]).as("speed back to what it was").isEqualTo(1.5);
        String backend = next % 2 == 0 ? "web-01" : "web-02";
        String head = "Request #" + next + " (";
        assertThat(told.get(0)).startsWith("Following request #" + next);
        assertThat(told).anyMatch(l -> l.startsWith(head) && l.contains("users → lb-01.haproxy"));
        assertThat(told).anyMatch(l -> l.startsWith(head)
                && l.endsWith("lb-01.haproxy → " + backend + ".nginx (round robin chose " + backend + ")"));
        assertThat(told.get(told.size() - 1)).startsWith(head).contains(" done: users → ")
                .contains("lb-01.haproxy → " + backend + ".nginx → " + backend + ".app").endsWith(" ms")
                .contains("200 OK from " + backend);
    }

    @Test
    void aRequestThatFailsIsToldWhereAndWhy() {
        // web-02's Nginx is dead and not yet marked DOWN: HAProxy retries the request elsewhere or it fails.
        Simulation sim = simulation("0:kill:web-02.nginx");
        sim.runUntil(150_000);
        events.clear();
        RequestFollower f = follower(sim);
        f.follow(sim.requestsSent() % 2 == 1 ? sim.requestsSent() : sim.requestsSent() + 1);
        long followed = f.followedIndex();
        runWhileFollowing(sim, f);
        assertThat(told).anyMatch(l -> l.startsWith("Request #" + followed) && l.contains("→ web-02.nginx"));
        assertThat(told).anyMatch(l -> l.contains("retried on web-01") || l.contains("fails at"));
        assertThat(told.get(told.size() - 1)).startsWith("Request #" + followed).contains(" done: ");
    }

    @Test
    void aJumpInTimeStopsFollowingAndRestoresTheSpeed() {
        Simulation sim = simulation();
        RequestFollower f = follower(sim);
        f.followNextRequest();
        f.frame(sim, List.of(), true);
        assertThat(f.following()).isFalse();
        assertThat(speed[0]).isEqualTo(1.5);
    }

    @Test
    void aClickOnADotOnALinkFindsItsRequest() {
        Simulation sim = simulation();
        sim.runUntil(330_000);
        io.infraviz.sim.request.Request moving = null;
        // The first moment after 330 ms with a request between two components.
        while (moving == null && sim.now() < 2_000_000 && sim.step()) {
            for (int i = 0; i < sim.inFlightCount(); i++) {
                if (sim.inFlight(i) instanceof io.infraviz.sim.request.Request r && !r.waiting() && r.fromIndex() != r.toIndex()) {
                    moving = r;
                }
            }
        }
        assertThat(moving).as("a request on a link").isNotNull();
        Diagram d = new Diagram(sim.topology(), DiagramTheme.LIGHT);
        TrafficLayer traffic = new TrafficLayer(d);
        traffic.frame(sim, List.of(), false);
        com.mxgraph.view.mxGraphView v = d.graph().getView();
        double[] p = traffic.position(moving, sim.now(), d.topology().components(), v);
        assertThat(traffic.requestAt(p[0] + 2, p[1] - 2)).isEqualTo(moving.index());
        assertThat(traffic.requestAt(p[0] + 200, p[1] + 200)).isEqualTo(-1);
    }
}
