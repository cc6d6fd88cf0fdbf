package io.infraviz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code simulate} with stages and security toggles: the JSON's security and monitoring parts. */
class SimulateSecurityTest {

    private static JsonNode json(String... extra) throws Exception {
        return json(3000, extra);
    }

    private static JsonNode json(int requests, String... extra) throws Exception {
        String[] base = {"simulate", "--preset", "realistic", "--requests", Integer.toString(requests), "--format", "json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void distributedLeaksAndLetsTheAttackerInWhileSecuredDoesNot() throws Exception {
        JsonNode open = json("--stage", "distributed", "--attacker");
        assertThat(open.get("security").get("plaintext_seen").asLong()).isEqualTo(3000);
        assertThat(open.get("security").get("attacks_succeeded").asLong()).isPositive();
        assertThat(open.get("security").get("attacks_blocked").asLong()).isZero();
        assertThat(open.get("monitoring").get("alerts")).isEmpty();

        // The realistic alert delay is 60 s: run 80 s of traffic.
        JsonNode secured = json(8000, "--stage", "secured", "--attacker", "--event", "5000:kill:web-02.nginx");
        assertThat(secured.get("security").get("plaintext_seen").asLong()).isZero();
        assertThat(secured.get("security").get("attacks_succeeded").asLong()).isZero();
        assertThat(secured.get("security").get("attacks_blocked").asLong()).isPositive();
        JsonNode down = null;
        for (JsonNode a : secured.get("monitoring").get("alerts")) {
            if (a.get("text").asText().startsWith("web-02.nginx is down")) {
                down = a;
            }
        }
        assertThat(down).as("an alert for the dead Nginx").isNotNull();
        assertThat(down.get("t_ms").asDouble()).as("the kill at 5 s plus the 60 s detection delay").isEqualTo(65000.0);
    }

    @Test
    void togglesOverrideTheStage() throws Exception {
        JsonNode j = json("--stage", "secured", "--https", "off", "--firewall", "off", "--monitoring", "off", "--attacker");
        assertThat(j.get("security").get("plaintext_seen").asLong()).isEqualTo(3000);
        assertThat(j.get("security").get("attacks_blocked").asLong()).isZero();
        assertThat(j.get("monitoring").get("enabled").asBoolean()).isFalse();
        assertThat(j.get("issues").get("security").toString()).contains("HTTPS");
    }

    @Test
    void theIssueListsDifferByStage() throws Exception {
        JsonNode one = json(10, "--stage", "one-server");
        assertThat(one.get("issues").get("spof_all").toString()).contains("server-01.nginx").contains("server-01.mysql");
        JsonNode dist = json(10, "--stage", "distributed");
        assertThat(dist.get("issues").get("spof_all").toString()).contains("lb-01.haproxy").contains("dns");
        assertThat(dist.get("issues").get("spof_writes").toString()).contains("web-01.mysql");
        JsonNode scaled = json(10, "--stage", "scaled");
        assertThat(scaled.get("issues").get("spof_all").toString()).doesNotContain("lb-0").contains("dns");
    }

    @Test
    void aBadToggleIsNamed() {
        CliRun r = CliRun.of("simulate", "--https", "maybe");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--https: unknown value 'maybe' (use one of on, off)");
    }
}
