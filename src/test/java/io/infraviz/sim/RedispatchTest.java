package io.infraviz.sim;

import io.infraviz.model.Algorithm;
import io.infraviz.model.LbMode;
import io.infraviz.model.Outcome;
import io.infraviz.sim.world.RequestResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.infraviz.sim.Lab.MS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HAProxy 2.6's retries and {@code option redispatch} after web-01's Nginx is killed (connections
 * refused), for every algorithm and mode. What HAProxy does (its source, and the real 2.6.12 in
 * src/compare/haproxy, see {@code ConnectionRetry}): with redispatch, a non-hash algorithm and two
 * active servers UP, the first retry goes at once to web-02; otherwise the retries go to web-01 one
 * second apart (min(timeout connect, 1 s)), and the last one, or one after web-01 was marked DOWN,
 * is redispatched: in active-passive to the backup once web-01 is DOWN, while {@code source} hashes
 * a client of web-01 to web-01 again as long as it is UP. Without redispatch every retry goes to web-01.
 *
 * <p>Checks every 2 s, fall 3, a request every 100 ms: web-01 is marked DOWN 5 s after the kill, so
 * 50 requests are sent to it. In active-passive with redispatch, those sent in the last 3 s are
 * saved: 10 because their second failure came after DOWN (2 retries), 20 by the last retry.
 */
class RedispatchTest {
    private static final long KILL = 5000 * MS;

    @ParameterizedTest(name = "{0} {1} redispatch {2}: {3} fail")
    @CsvSource({
        // algorithm, mode, redispatch, failed (503 after 3 retries on web-01), seconds before their 503, saved by web-02 (retries=count ...)
        "ROUND_ROBIN,       ACTIVE_ACTIVE,  false, 25, 3, ''",
        "ROUND_ROBIN,       ACTIVE_ACTIVE,  true,  0, 3,  1=50",
        "ROUND_ROBIN,       ACTIVE_PASSIVE, false, 50, 3, ''",
        "ROUND_ROBIN,       ACTIVE_PASSIVE, true,  20, 3, 2=10 3=20",
        "WEIGHTED,          ACTIVE_ACTIVE,  false, 25, 3, ''",
        "WEIGHTED,          ACTIVE_ACTIVE,  true,  0, 3,  1=50",
        "WEIGHTED,          ACTIVE_PASSIVE, false, 50, 3, ''",
        "WEIGHTED,          ACTIVE_PASSIVE, true,  20, 3, 2=10 3=20",
        "LEAST_CONNECTIONS, ACTIVE_ACTIVE,  false, 25, 3, ''",
        "LEAST_CONNECTIONS, ACTIVE_ACTIVE,  true,  0, 3,  1=50",
        "LEAST_CONNECTIONS, ACTIVE_PASSIVE, false, 50, 3, ''",
        "LEAST_CONNECTIONS, ACTIVE_PASSIVE, true,  20, 3, 2=10 3=20",
        "SOURCE,            ACTIVE_PASSIVE, false, 50, 3, ''",
        "SOURCE,            ACTIVE_PASSIVE, true,  20, 3, 2=10 3=20",
    })
    void aKilledNginxCostsWhatHaproxyWouldCost(Algorithm algorithm, LbMode mode, boolean redispatch, int failed, int pauses,
                                               String saved) {
        Lab lab = Lab.of(Lab.lb(l -> l.withAlgorithm(algorithm).withMode(mode).withRetries(3, redispatch).withChecks(2000, 3, 2)))
                .event("5000:kill:web-01.nginx").run(200);
        assertThat(lab.marked("web-01", "DOWN", 1)).isBetween(KILL + 5000 * MS, KILL + 5002 * MS);
        List<RequestResult> failures = lab.results().stream().filter(r -> !r.outcome().succeeded()).toList();
        assertThat(failures).as("failed").hasSize(failed)
                .allMatch(r -> r.outcome() == Outcome.UNAVAILABLE && r.retries() == 3 && r.backend().equals("web-01"))
                .allMatch(r -> r.reason().equals("Nginx on web-01 refused the connection, 3 retries used"))
                .allMatch(r -> r.latencyUs() >= pauses * 1000 * MS && r.latencyUs() < pauses * 1000 * MS + 30 * MS,
                        "pauses of 1 s before the 503 (none before a redispatch while two active servers are UP)");
        List<RequestResult> retried = lab.results().stream().filter(r -> r.outcome().succeeded() && r.retries() > 0).toList();
        assertThat(retried).as("saved by a retry").allMatch(r -> r.backend().equals("web-02"));
        Map<Integer, Long> byRetries = retried.stream().collect(Collectors.groupingBy(RequestResult::retries, TreeMap::new,
                Collectors.counting()));
        assertThat(byRetries.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")))
                .as("saved, by retries").isEqualTo(saved);
        for (RequestResult r : retried) {
            // A redispatch at once costs nothing; a retry on the same server waits 1 s first.
            long waited = r.retries() == 1 ? 0 : r.retries() * 1000 * MS;
            assertThat(r.latencyUs()).as("request %d", r.index()).isBetween(waited, waited + 30 * MS);
        }
        assertThat(lab.results().stream().filter(r -> r.startUs() < KILL)).allMatch(r -> r.outcome().succeeded());
    }

    /**
     * {@code source} in active-active: each client is hashed to one server, so what web-01's clients
     * send between the kill and DOWN is what is at stake (which clients those are depends on the
     * seed, so they are read off the run: the clients web-01 served before the kill). Without
     * redispatch every retry goes back to web-01 (a deterministic algorithm never redispatches at
     * once) and all of them fail; with it, those whose last retry comes after DOWN are served by
     * web-02 and the others fail.
     */
    @ParameterizedTest(name = "redispatch {0}")
    @ValueSource(booleans = {false, true})
    void sourceHashingCostsWhatTheKilledServersClientsSendBeforeDown(boolean redispatch) {
        Lab lab = Lab.of(Lab.lb(l -> l.withAlgorithm(Algorithm.SOURCE).withMode(LbMode.ACTIVE_ACTIVE)
                .withRetries(3, redispatch).withChecks(2000, 3, 2))).event("5000:kill:web-01.nginx").run(200);
        long down = lab.marked("web-01", "DOWN", 1);
        Set<String> itsClients = lab.results().stream().filter(r -> r.startUs() < KILL && r.backend().equals("web-01"))
                .map(RequestResult::client).collect(Collectors.toSet());
        // Sent well inside the window (a request sent just before DOWN reaches HAProxy after it).
        List<Long> atStake = lab.results().stream().filter(r -> itsClients.contains(r.client()) && r.startUs() >= KILL
                && r.startUs() < down - 50 * MS).map(RequestResult::index).toList();
        List<RequestResult> failures = lab.results().stream().filter(r -> !r.outcome().succeeded()).toList();
        List<RequestResult> saved = lab.results().stream().filter(r -> r.outcome().succeeded() && r.retries() > 0).toList();

        assertThat(atStake).as("requests of web-01's clients between the kill and DOWN").hasSizeGreaterThan(5);
        assertThat(failures).allMatch(r -> r.outcome() == Outcome.UNAVAILABLE && r.retries() == 3 && itsClients.contains(r.client())
                && r.reason().equals("Nginx on web-01 refused the connection, 3 retries used"));
        assertThat(saved).allMatch(r -> r.backend().equals("web-02") && r.retries() >= 2 && itsClients.contains(r.client()));
        List<Long> lost = failures.stream().map(RequestResult::index).toList();
        List<Long> lostOrSaved = new java.util.ArrayList<>(lost);
        saved.forEach(r -> lostOrSaved.add(r.index()));
        assertThat(lostOrSaved).containsAll(atStake);
        if (redispatch) {
            assertThat(saved).as("saved by the last retry or one after DOWN").isNotEmpty();
            // The last retry is redispatched at once, and source hashes it to web-01 again while it is UP.
            assertThat(failures).as("failed: their last retry came before DOWN").isNotEmpty()
                    .allMatch(r -> r.latencyUs() >= 2000 * MS && r.latencyUs() < 2030 * MS && r.endUs() < down + 100 * MS);
        } else {
            assertThat(saved).as("no redispatch: nothing is saved").isEmpty();
            assertThat(failures).allMatch(r -> r.latencyUs() >= 3000 * MS && r.latencyUs() < 3030 * MS, "three pauses of 1 s");
        }
    }
}
