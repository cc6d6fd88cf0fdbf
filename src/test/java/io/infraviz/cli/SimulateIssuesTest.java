package io.infraviz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code simulate} reports the issues panel's findings: single points of failure, security, monitoring. */
class SimulateIssuesTest {

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("an array").isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void jsonListsTheDistributedStagesIssues() throws Exception {
        CliRun r = CliRun.of("simulate", "--stage", "distributed", "--preset", "realistic", "--requests", "20",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode issues = new ObjectMapper().readTree(r.out()).get("issues");
        assertThat(issues).isNotNull();
        assertThat(texts(issues.get("spof_all"))).containsExactly("dns", "lb-01", "lb-01.haproxy");
        assertThat(texts(issues.get("spof_writes"))).containsExactly("web-01", "web-01.mysql");
        assertThat(texts(issues.get("spof_reads"))).isEmpty();
        assertThat(texts(issues.get("security"))).contains(
                "No HTTPS: traffic between users and the load balancer is readable")
                .anySatisfy(s -> assertThat(s).startsWith("No firewall on web-02:"));
        assertThat(texts(issues.get("monitoring")))
                .containsExactly("No monitoring: a component can die and nobody is told");
    }

    @Test
    void jsonIssuesFollowTheSecurityToggles() throws Exception {
        CliRun r = CliRun.of("simulate", "--stage", "distributed", "--requests", "5", "--https", "on",
                "--firewall", "on", "--monitoring", "on", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode issues = new ObjectMapper().readTree(r.out()).get("issues");
        assertThat(texts(issues.get("security"))).isEmpty();
        assertThat(texts(issues.get("monitoring"))).isEmpty();
        assertThat(texts(issues.get("spof_all"))).contains("lb-01.haproxy");
    }

    @Test
    void tableHasAnIssuesSection() {
        CliRun r = CliRun.of("simulate", "--stage", "distributed", "--requests", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Issues").contains("single points of failure, all traffic")
                .contains("dns, lb-01, lb-01.haproxy").contains("web-01, web-01.mysql")
                .contains("No monitoring: a component can die and nobody is told");
    }
}
