package io.infraviz.sim;

import io.infraviz.model.Outcome;
import io.infraviz.model.RequestKind;
import io.infraviz.model.SimulationSettings;
import io.infraviz.sim.world.RequestResult;
import io.infraviz.sim.world.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault action (docs/scenarios.md, "Actions"; README, "What the engine does"): the exact
 * effect on requests (which fail, with which status, from when to when) and on the load balancer's health state. Realistic timings
 * without jitter, a request every 100 ms from three clients, checks inter 500 fall 3 rise 2.
 */
class FaultTableTest {
    private static final long INTERNET = 10 * MS;

    private static long arrival(RequestResult r) {
        return r.startUs() + INTERNET;
    }

    @Test
    void killedLoadBalancerRefusesEveryRequestFromTheKillOn() {
        Lab lab = Lab.of(Lab.realistic()).event("5000:kill:lb-01.haproxy").run(100);
        long kill = 5000 * MS;
        for (RequestResult r : lab.results()) {
            if (r.startUs() >= kill) {
                assertThat(r.outcome()).as("request %d", r.index()).isEqualTo(Outcome.REFUSED);
                assertThat(r.failedAt()).isEqualTo("lb-01.haproxy");
                assertThat(r.latencyUs()).as("the RST comes straight back").isEqualTo(2 * INTERNET);
            } else if (r.endUs() < kill) {
                assertThat(r.outcome().succeeded()).as("request %d before the kill", r.index()).isTrue();
            }
        }
        assertThat(lab.results().stream().filter(r -> r.startUs() >= kill)).hasSize(50);
    }

    @Test
    void deadDnsIsHiddenByTheClientsCacheUntilTheTtlRunsOut() {
        // One client, a 2 s TTL. Lookups finish 21 ms after the request that needs them
        // (Internet hop, DNS processing, Internet hop): at 21, 2121 and 4221 ms, so the answer
        // held when DNS dies at 5000 ms expires at 6221 ms.
        SimulationSettings s = Lab.realistic();
        s = s.withTimings(s.timings().withDnsTtl(2000 * MS)).withTraffic(s.traffic().withSequential(true));
        Lab lab = Lab.of(s).event("5000:kill:dns").run(100);
        long expiry = 6221 * MS;
        for (RequestResult r : lab.results()) {
            if (r.startUs() < expiry) {
                assertThat(r.outcome().succeeded()).as("request %d at %d us", r.index(), r.startUs()).isTrue();
            } else {
                assertThat(r.outcome()).as("request %d", r.index()).isEqualTo(Outcome.DNS_FAILURE);
                assertThat(r.failedAt()).isEqualTo("dns");
            }
        }
        assertThat(lab.result(62).outcome().succeeded()).isTrue();
        assertThat(lab.result(63).outcome()).isEqualTo(Outcome.DNS_FAILURE);
        assertThat(lab.results().stream().filter(r -> r.startUs() >= 5000 * MS && r.outcome().succeeded()))
                .as("requests after the kill still served from the cache").hasSize(13);
    }

    @Test
    void killedNginxRefusesUntilChecksMarkTheServerDownThenRoundRobinResumesAfterRevival() {
        Lab lab = Lab.of(Lab.realistic()).event("5000:kill:web-02.nginx").event("12000:revive:web-02.nginx").run(200);
        long kill = 5000 * MS;
        long down = lab.marked("web-02", "DOWN", 1);
        long up = lab.marked("web-02", "UP", 1);

        // Refused connections fail a check at once: three failed checks, inter apart.
        List<SimEvent.CheckCompleted> failed = lab.checks("web-02").stream()
                .filter(c -> !c.passed() && c.timeUs() >= kill && c.timeUs() <= down).toList();
        assertThat(failed).hasSize(3);
        assertThat(failed.get(2).timeUs()).isEqualTo(down);
        assertThat(down - failed.get(0).timeUs()).isBetween(2 * 500 * MS, 2 * 500 * MS + MS);
        assertThat(down - kill).isBetween(2 * 500 * MS, 3 * 500 * MS + MS);

        for (RequestResult r : lab.results()) {
            long at = arrival(r);
            if (at > kill && at < down && r.backend().equals("web-02")) {
                // Retried on the same server (retries 3, 1 s apart), then 503.
                assertThat(r.outcome()).as("request %d", r.index()).isEqualTo(Outcome.UNAVAILABLE);
                assertThat(r.retries()).isEqualTo(3);
                assertThat(r.latencyUs()).isBetween(3000 * MS, 3100 * MS);
            } else {
                assertThat(r.outcome().succeeded()).as("request %d (%s)", r.index(), r.reason()).isTrue();
            }
            if (at > down && at < up) {
                assertThat(r.backend()).as("request %d while web-02 is DOWN", r.index()).isEqualTo("web-01");
            }
        }
        assertThat(lab.results().stream().filter(r -> r.outcome() == Outcome.UNAVAILABLE)).hasSizeGreaterThan(2);
        // After rise good checks, round robin alternates again.
        List<String> after = lab.results().stream().filter(r -> arrival(r) > up + MS).map(RequestResult::backend).toList();
        for (int i = 1; i < after.size(); i++) {
            assertThat(after.get(i)).isNotEqualTo(after.get(i - 1));
        }
        assertThat(up - 12000 * MS).isBetween(500 * MS, 2 * 500 * MS + MS);
    }

    @Test
    void killedWebHostFailsItsRequestsUntilDownThenReadsFallBackToThePrimary() {
        Lab lab = Lab.of(Lab.lb(l -> l.withTimeouts(1000, 50_000))).event("5000:kill:web-02")
                .event("20000:revive:web-02").run(300);
        long kill = 5000 * MS;
        long down = lab.marked("web-02", "DOWN", 1);
        long up = lab.marked("web-02", "UP", 1);
        // A dead host answers nothing: each check fails only when timeout check (= inter) expires,
        // and the next starts inter later, so DOWN comes 2 x inter after the first failure.
        List<SimEvent.CheckCompleted> failed = lab.checks("web-02").stream()
                .filter(c -> !c.passed() && c.timeUs() > kill && c.timeUs() <= down).toList();
        assertThat(failed).hasSize(3);
        assertThat(failed.get(0).detail()).contains("timeout check");
        assertThat(down - failed.get(0).timeUs()).isEqualTo(2 * 1000 * MS + failed.get(1).timeUs() - failed.get(0).timeUs() - 1000 * MS);
        for (RequestResult r : lab.results()) {
            long at = arrival(r);
            if (at > kill && at < down && r.backend().equals("web-02")) {
                // timeout connect 1 s, retries go to the same server (no redispatch) and time out too: 503.
                assertThat(r.outcome()).as("request %d", r.index()).isEqualTo(Outcome.UNAVAILABLE);
                assertThat(r.reason()).contains("the connection to web-02 timed out");
            }
            if (at > down + 3000 * MS && at < 20000 * MS && r.kind() == RequestKind.READ) {
                assertThat(r.backend()).isEqualTo("web-01");
                assertThat(r.outcome().succeeded()).as("read %d", r.index()).isTrue();
                assertThat(r.database()).as("read %d falls back to the Primary", r.index()).isEqualTo("web-01.mysql");
            }
        }
        assertThat(up).isGreaterThan(20000 * MS);
    }

    /**
     * MariaDB's client library (Connector/C, ma_errmsg.c): 2003 "Can't connect to server on '%s'"
     * for a new connection that times out; a query on a connection opened before the host went
     * away waits as long and gets 2013 "Lost connection to server during query".
     */
    @Test
    void killedPrimaryHostMakesEveryWriteFailWhileReadsGoOnFromTheReplica() {
        // 15 s of traffic: longer, the writes each holding a worker of web-02's app for 3 s can fill all
        // 8 at a burst, and then the health checks queue behind them and time out (a real cascade).
        Lab lab = Lab.of(Lab.realistic()).event("5000:kill:web-01").run(150);
        long down = lab.marked("web-01", "DOWN", 1);
        List<RequestResult> afterDown = lab.results().stream().filter(r -> arrival(r) > down).toList();
        assertThat(afterDown).isNotEmpty();
        List<Integer> writeErrors = new ArrayList<>();
        for (RequestResult r : afterDown) {
            assertThat(r.backend()).as("%s", r).isEqualTo("web-02");
            if (r.kind() == RequestKind.WRITE) {
                assertThat(r.outcome()).as("write %d", r.index()).isEqualTo(Outcome.SERVER_ERROR);
                assertThat(r.reason()).startsWith("the write failed: ERROR ");
                // No route to the Primary's host: the driver gives up after its connect timeout.
                assertThat(r.latencyUs()).isGreaterThanOrEqualTo(3000 * MS);
                writeErrors.add(r.dbError());
            } else {
                assertThat(r.outcome().succeeded()).as("read %d", r.index()).isTrue();
                assertThat(r.database()).isEqualTo("web-02.mysql");
            }
        }
        assertThat(writeErrors).hasSizeGreaterThan(5).isSubsetOf(2013, 2003).endsWith(2003);
        assertThat(afterDown.stream().filter(r -> r.dbError() == 2003).findFirst().orElseThrow().reason())
                .endsWith("ERROR 2003 (HY000): Can't connect to server on 'web-01.mysql' (110 \"Connection timed out\")");
    }

    @Test
    void killedAppServerGives502AndOnlyAnHttpCheckTakesTheServerOut() {
        Lab tcp = Lab.of(Lab.lb(l -> l.withCheck(io.infraviz.model.CheckType.TCP))).event("5000:kill:web-02.app").run(150);
        assertThat(tcp.healthChanges()).as("a TCP check only opens a connection: Nginx still accepts").isEmpty();
        for (RequestResult r : tcp.results()) {
            if (arrival(r) > 5000 * MS) {
                if (r.backend().equals("web-02")) {
                    assertThat(r.outcome()).isEqualTo(Outcome.BAD_GATEWAY);
                    assertThat(r.failedAt()).isEqualTo("web-02.app");
                } else {
                    assertThat(r.outcome().succeeded()).isTrue();
                }
            }
        }
        assertThat(tcp.results().stream().filter(r -> r.outcome() == Outcome.BAD_GATEWAY)).hasSize(50);

        Lab http = Lab.of(Lab.realistic()).event("5000:kill:web-02.app").run(150);
        long down = http.marked("web-02", "DOWN", 1);
        assertThat(down - 5000 * MS).isBetween(1000 * MS, 1500 * MS + MS);
        assertThat(http.checks("web-02").stream().filter(c -> !c.passed()).findFirst().orElseThrow().detail())
                .contains("502");
        for (RequestResult r : http.results()) {
            long at = arrival(r);
            if (at > 5000 * MS && at < down && r.backend().equals("web-02")) {
                assertThat(r.outcome()).isEqualTo(Outcome.BAD_GATEWAY);
            } else {
                assertThat(r.outcome().succeeded()).as("request %d", r.index()).isTrue();
            }
        }
    }

    /**
     * MariaDB's client library (Connector/C): a query on a pooled connection whose server died gets
     * 2006 "Server has gone away" (the kernel closed the socket); once the pool has no such
     * connection left, new connections are refused: 2002 "Can't connect to server". The first
     * writes after the kill meet the dead pooled connections, every later one is refused.
     */
    @Test
    void killedPrimaryDatabaseFailsWritesWith2006Then2002AndReadsUseTheReplica() {
        Lab lab = Lab.of(Lab.realistic()).event("3000:kill:web-01.mysql").run(120);
        List<Integer> writeErrors = new ArrayList<>();
        for (RequestResult r : lab.results()) {
            if (arrival(r) > 3000 * MS) {
                if (r.kind() == RequestKind.WRITE) {
                    assertThat(r.outcome()).isEqualTo(Outcome.SERVER_ERROR);
                    assertThat(r.failedAt()).isEqualTo("web-01.mysql");
                    writeErrors.add(r.dbError());
                } else {
                    assertThat(r.outcome().succeeded()).isTrue();
                    assertThat(r.database()).isEqualTo("web-02.mysql");
                }
            }
        }
        // Each application server has its own pool: per server, its dead connections first, then refusals.
        for (String server : List.of("web-01", "web-02")) {
            List<Integer> codes = lab.results().stream().filter(r -> arrival(r) > 3000 * MS && r.backend().equals(server))
                    .filter(r -> r.kind() == RequestKind.WRITE).map(RequestResult::dbError).toList();
            int firstRefused = codes.indexOf(2002);
            assertThat(codes.subList(0, firstRefused)).as("%s: the pooled connections first", server).containsOnly(2006);
            assertThat(codes.subList(firstRefused, codes.size())).as(server).hasSizeGreaterThan(2).containsOnly(2002);
        }
        assertThat(writeErrors).contains(2006);
        assertThat(lab.results().stream().filter(r -> r.dbError() == 2002).findFirst().orElseThrow().reason())
                .isEqualTo("the write failed: ERROR 2002 (HY000): Can't connect to server on 'web-01.mysql' (111 \"Connection refused\")");
        assertThat(lab.healthChanges()).as("the web tier is fine: no server is taken out").isEmpty();
    }

    /** A query the Primary is executing when it dies never gets its answer: 2013, and the write is not committed. */
    @Test
    void aWriteInFlightWhenThePrimaryDiesGets2013AndIsNotCommitted() {
        SimulationSettings base = Lab.realistic();
        // Writes only; each takes 50 ms in MySQL, so the kill at 1020 ms lands inside one.
        SimulationSettings s = base.withTimings(new io.infraviz.model.Timings(base.timings().internetHop(),
                base.timings().lanHop(), base.timings().localHop(), base.timings().dnsProcessing(), base.timings().lbProcessing(),
                base.timings().webProcessing(), base.timings().appProcessing(), base.timings().filesRead(), base.timings().dbRead(),
                50 * MS, base.timings().replicationApply(), base.timings().dnsTtl(), base.timings().dnsTimeout(),
                base.timings().clientTimeout(), base.timings().dbConnectTimeout(), base.timings().proxyTimeout(),
                base.timings().dbRetryAfter(), base.timings().vipFailover(), 0))
                .withTraffic(base.traffic().withInterval(100 * MS).withWriteFraction(1.0));
        Lab lab = Lab.of(s).event("1020:kill:web-01.mysql").run(15);
        RequestResult inFlight = lab.results().stream().filter(r -> r.dbError() == 2013).findFirst().orElseThrow();
        assertThat(inFlight.reason()).isEqualTo("web-01.mysql died during the query: "
                + "ERROR 2013 (HY000): Lost connection to server during query");
        long committedBefore = lab.results().stream().filter(r -> r.outcome().succeeded()).count();
        assertThat(lab.sim.databases().node("web-01.mysql").committed()).as("the lost query committed nothing")
                .isEqualTo(committedBefore);
    }

    @Test
    void promotionResumesWritesAndLosesExactlyTheWritesTheReplicaNeverGot() {
        // Replication is cut at 2 s; the Primary dies at 6 s; the Replica is promoted at 7 s.
        Lab lab = Lab.of(Lab.realistic()).event("2000:cut:web-01.mysql->web-02.mysql")
                .event("6000:kill:web-01.mysql").event("7000:promote:web-02.mysql").run(150);
        long cut = 2000 * MS;
        long kill = 6000 * MS;
        // A write commits about 17 ms after it is sent (Internet hop, app work, database hop, the write).
        long acknowledgedAfterCut = lab.results().stream()
                .filter(r -> r.kind() == RequestKind.WRITE && r.outcome().succeeded())
                .filter(r -> r.startUs() + 17 * MS > cut && r.startUs() < kill).count();
        assertThat(acknowledgedAfterCut).isGreaterThan(2);
        SimEvent.Promoted promoted = lab.events.stream().filter(e -> e instanceof SimEvent.Promoted)
                .map(e -> (SimEvent.Promoted) e).findFirst().orElseThrow();
        assertThat(promoted.lostWrites()).isEqualTo(acknowledgedAfterCut);
        assertThat(lab.sim.databases().lostWrites()).isEqualTo(acknowledgedAfterCut);
        for (RequestResult r : lab.results()) {
            if (r.kind() == RequestKind.WRITE && arrival(r) > 7000 * MS) {
                assertThat(r.outcome()).as("write %d after the promotion", r.index()).isEqualTo(Outcome.FRESH);
                assertThat(r.database()).isEqualTo("web-02.mysql");
            }
            if (r.kind() == RequestKind.WRITE && arrival(r) > kill && r.endUs() < 7000 * MS) {
                assertThat(r.outcome()).isEqualTo(Outcome.SERVER_ERROR);
            }
        }
    }

    @Test
    void safePromotionAppliesWhatTheReplicaReceivedSoLosesLessButLater() {
        // Writes only, 20 per second; the Replica's SQL thread applies about 8 per second (half of each
        // 200 ms apply time is its own work, the other half overlaps), so its relay log grows.
        SimulationSettings base = Lab.realistic();
        SimulationSettings s = base.withTimings(base.timings().withReplicationApply(200 * MS))
                .withTraffic(base.traffic().withInterval(50 * MS).withWriteFraction(1.0));
        Lab unsafe = Lab.of(s).event("2000:kill:web-01.mysql").event("2500:promote:web-02.mysql").run(300);
        Lab safe = Lab.of(s).event("2000:kill:web-01.mysql").event("2500:promote-safe:web-02.mysql").run(300);
        SimEvent.Promoted u = promotion(unsafe);
        SimEvent.Promoted p = promotion(safe);
        assertThat(u.lostWrites()).isGreaterThan(5);
        assertThat(p.lostWrites()).as("every write was received before the Primary died").isZero();
        assertThat(u.timeUs()).isEqualTo(2500 * MS);
        // Unsafe loses the whole relay log (R writes); safe applies it first, the SQL thread's half of
        // a 200 ms apply time per write (each drawn log-normal around that median: on average 1.2 times it).
        long relay = u.lostWrites();
        assertThat(p.timeUs() - 2500 * MS).isBetween(relay * 60 * MS, relay * 200 * MS);
        for (RequestResult r : safe.results()) {
            if (arrival(r) > 2000 * MS && arrival(r) < p.timeUs()) {
                assertThat(r.outcome()).as("write %d while the promotion runs", r.index()).isEqualTo(Outcome.SERVER_ERROR);
            }
        }
    }

    private static SimEvent.Promoted promotion(Lab lab) {
        return lab.events.stream().filter(e -> e instanceof SimEvent.Promoted).map(e -> (SimEvent.Promoted) e)
                .findFirst().orElseThrow();
    }
}
