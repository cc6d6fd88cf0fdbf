package io.infraviz.scenario;

import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.infraviz.model.Role.APP_FILES;
import static io.infraviz.model.Role.APP_SERVER;
import static io.infraviz.model.Role.CLIENT;
import static io.infraviz.model.Role.DATABASE;
import static io.infraviz.model.Role.DNS;
import static io.infraviz.model.Role.FIREWALL;
import static io.infraviz.model.Role.LOAD_BALANCER;
import static io.infraviz.model.Role.MONITORING_AGENT;
import static io.infraviz.model.Role.MONITORING_SERVICE;
import static io.infraviz.model.Role.VIRTUAL_IP;
import static io.infraviz.model.Role.WEB_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pair of roles, drawn either way: the links the engine runs (as the built-in stages use
 * them: users look up DNS and connect to the entry point, HAProxy to Nginx or straight to an
 * application server, Nginx to the application server, which reads its files and queries MySQL,
 * MySQL replicating to MySQL, agents reporting to the monitoring service) get their purpose, the
 * rest a short reason.
 */
class LinkRulesTest {
    /** caller -> callee -> purpose, written out here rather than read from the class under test. */
    private static final Map<String, LinkPurpose> RUNS = Map.ofEntries(
            Map.entry(CLIENT + ">" + DNS, LinkPurpose.DNS),
            Map.entry(CLIENT + ">" + LOAD_BALANCER, LinkPurpose.HTTP),
            Map.entry(CLIENT + ">" + WEB_SERVER, LinkPurpose.HTTP),
            Map.entry(CLIENT + ">" + VIRTUAL_IP, LinkPurpose.HTTP),
            Map.entry(VIRTUAL_IP + ">" + LOAD_BALANCER, LinkPurpose.HTTP),
            Map.entry(LOAD_BALANCER + ">" + WEB_SERVER, LinkPurpose.HTTP),
            Map.entry(LOAD_BALANCER + ">" + APP_SERVER, LinkPurpose.HTTP),
            Map.entry(WEB_SERVER + ">" + APP_SERVER, LinkPurpose.HTTP),
            Map.entry(APP_SERVER + ">" + APP_FILES, LinkPurpose.FILES),
            Map.entry(APP_SERVER + ">" + DATABASE, LinkPurpose.DATABASE),
            Map.entry(DATABASE + ">" + DATABASE, LinkPurpose.REPLICATION),
            Map.entry(MONITORING_AGENT + ">" + MONITORING_SERVICE, LinkPurpose.MONITORING));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (Role a : Role.values()) {
            for (Role b : Role.values()) {
                pairs.add(Arguments.of(a, b));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("everyPair")
    void aPairRunsWithItsPurposeOrIsRefusedWithAReason(Role a, Role b) {
        LinkRules.Verdict v = LinkRules.between(a, b);
        LinkPurpose forward = RUNS.get(a + ">" + b);
        LinkPurpose backward = RUNS.get(b + ">" + a);
        if (forward != null) {
            assertThat(v.purpose()).isEqualTo(forward);
            assertThat(v.reversed()).isFalse();
            assertThat(v.refusal()).isNull();
        } else if (backward != null) {
            assertThat(v.purpose()).isEqualTo(backward);
            assertThat(v.reversed()).as("drawn from the callee: the link is turned round").isTrue();
        } else {
            assertThat(v.allowed()).isFalse();
            assertThat(v.purpose()).isNull();
            assertThat(v.refusal()).isNotBlank().hasSizeLessThan(110).doesNotContain("null");
        }
    }

    @Test
    void theReasonSpeaksOfThePartThatCannotTakeTheLink() {
        assertThat(LinkRules.between(APP_FILES, DNS).refusal()).isEqualTo("only the application server reads the app files");
        assertThat(LinkRules.between(WEB_SERVER, DNS).refusal()).isEqualTo("DNS only answers the users' look-ups");
        assertThat(LinkRules.between(FIREWALL, WEB_SERVER).refusal())
                .isEqualTo("a firewall guards the host it is on and needs no links");
        assertThat(LinkRules.between(LOAD_BALANCER, LOAD_BALANCER).refusal())
                .isEqualTo("two load balancers do not connect to each other");
        assertThat(LinkRules.between(WEB_SERVER, DATABASE).refusal())
                .isEqualTo("only application servers (and other databases, for replication) use a database");
        assertThat(LinkRules.between(VIRTUAL_IP, WEB_SERVER).refusal())
                .isEqualTo("a virtual IP belongs to a pair of load balancers: link it to HAProxy");
    }

    @Test
    void aFileLinkMustRunTheWayAndForThePurposeItsRolesGive() {
        assertThat(LinkRules.fileProblem(APP_SERVER, DATABASE, LinkPurpose.DATABASE)).isNull();
        assertThat(LinkRules.fileProblem(DATABASE, APP_SERVER, LinkPurpose.DATABASE))
                .isEqualTo("the link goes the other way: an application server connects to a database");
        assertThat(LinkRules.fileProblem(APP_SERVER, APP_FILES, LinkPurpose.HTTP))
                .isEqualTo("between an application server and application files the link carries files, not http");
        assertThat(LinkRules.fileProblem(APP_SERVER, DATABASE, LinkPurpose.REPLICATION))
                .isEqualTo("replication joins two databases, not an application server and a database");
    }
}
