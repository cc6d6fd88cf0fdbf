package io.infraviz.analysis;

import io.infraviz.model.Backend;
import io.infraviz.model.Client;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Preset;
import io.infraviz.model.Role;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The issues panel's findings, measured by killing one thing at a time in the engine. */
class IssuesAnalysisTest {
    private static final SimulationSettings SETTINGS = Preset.REALISTIC.settings();

    private static IssuesAnalysis.Issues distributed() {
        return IssuesAnalysis.of(Stages.DISTRIBUTED.topology(), SETTINGS);
    }

    @Test
    void distributedStageHasTheLoadBalancerAndTheDnsAsSinglePointsOfFailure() {
        IssuesAnalysis.Issues issues = distributed();
        assertThat(issues.spofAll()).containsExactly("dns", "lb-01", "lb-01.haproxy");
    }

    @Test
    void distributedStageLosesOnlyWritesWithThePrimary() {
        IssuesAnalysis.Issues issues = distributed();
        assertThat(issues.spofWrites()).containsExactly("web-01", "web-01.mysql");
        assertThat(issues.spofAll()).doesNotContain("web-01", "web-01.mysql");
        assertThat(issues.spofReads()).isEmpty();
    }

    @Test
    void noSingleWebServerIsASinglePointOfFailure() {
        IssuesAnalysis.Issues issues = distributed();
        List<String> listed = new ArrayList<>(issues.spofAll());
        listed.addAll(issues.spofWrites());
        listed.addAll(issues.spofReads());
        assertThat(listed).doesNotContain("web-02", "web-02.nginx", "web-02.app", "web-02.files", "web-02.mysql",
                "web-01.nginx", "web-01.app", "web-01.files");
    }

    @Test
    void distributedStageHasItsSecurityAndMonitoringGaps() {
        IssuesAnalysis.Issues issues = distributed();
        assertThat(issues.security()).contains("No HTTPS: traffic between users and the load balancer is readable");
        assertThat(issues.security()).anySatisfy(s -> assertThat(s).startsWith("No firewall on web-01:"))
                .anySatisfy(s -> assertThat(s).startsWith("No firewall on lb-01:"));
        assertThat(issues.monitoring()).containsExactly("No monitoring: a component can die and nobody is told");
    }

    @Test
    void securedStageHasNoSecurityOrMonitoringGapAndTheSameSinglePointsOfFailure() {
        IssuesAnalysis.Issues issues = IssuesAnalysis.of(Stages.SECURED.topology(), SETTINGS);
        assertThat(issues.security()).isEmpty();
        assertThat(issues.monitoring()).isEmpty();
        assertThat(issues.spofAll()).containsExactly("dns", "lb-01", "lb-01.haproxy");
        assertThat(issues.spofWrites()).containsExactly("web-01", "web-01.mysql");
    }

    @Test
    void explicitTogglesOverrideTheTopology() {
        IssuesAnalysis.Issues issues = IssuesAnalysis.of(Stages.DISTRIBUTED.topology(), SETTINGS, true, true, true);
        assertThat(issues.security()).isEmpty();
        assertThat(issues.monitoring()).isEmpty();
    }

    @Test
    void readingOnlyFromThePrimaryMakesItASinglePointOfFailureForAllTraffic() {
        SimulationSettings primaryReads = SETTINGS.withDb(SETTINGS.db().withReadPolicy(io.infraviz.model.ReadPolicy.PRIMARY));
        IssuesAnalysis.Issues issues = IssuesAnalysis.of(Stages.DISTRIBUTED.topology(), primaryReads);
        assertThat(issues.spofAll()).contains("dns", "lb-01.haproxy", "web-01", "web-01.mysql");
        assertThat(issues.spofWrites()).isEmpty();
    }

    @Test
    void oneHostIsASinglePointOfFailureWithEverythingOnIt() {
        String h = "solo";
        List<Component> components = List.of(
                new Component("users", Role.CLIENT, null, "Users"),
                new Component("dns", Role.DNS, null, "DNS"),
                new Component(h + ".nginx", Role.WEB_SERVER, h, "Nginx"),
                new Component(h + ".app", Role.APP_SERVER, h, "App server"),
                new Component(h + ".files", Role.APP_FILES, h, "App files"),
                new Component(h + ".mysql", Role.DATABASE, h, "MySQL"));
        List<Host> hosts = List.of(new Host(h, h, "10.0.0.10",
                List.of(h + ".nginx", h + ".app", h + ".files", h + ".mysql")));
        List<Link> links = List.of(new Link("users", "dns", LinkPurpose.DNS),
                new Link("users", h + ".nginx", LinkPurpose.HTTP),
                new Link(h + ".nginx", h + ".app", LinkPurpose.HTTP),
                new Link(h + ".app", h + ".files", LinkPurpose.FILES),
                new Link(h + ".app", h + ".mysql", LinkPurpose.DATABASE));
        Topology solo = new Topology("solo", "One host", "www.foobar.com", hosts, components, links,
                List.of(new Client("alice", "198.51.100.23"), new Client("bob", "203.0.113.42")),
                h + ".nginx", List.of(), h + ".mysql");

        IssuesAnalysis.Issues issues = IssuesAnalysis.of(solo, SETTINGS);

        assertThat(issues.spofAll()).containsExactly("dns", h, h + ".nginx", h + ".app", h + ".files", h + ".mysql");
        assertThat(issues.spofWrites()).isEmpty();
        assertThat(issues.spofReads()).isEmpty();
        assertThat(issues.security()).contains("No HTTPS: traffic between users and the web server is readable",
                "No firewall on solo: anyone on the Internet can reach its MySQL (3306) and SSH (22)");
    }

    @Test
    void twoLoadBalancersSharingAVirtualIpRemoveTheLoadBalancerFromTheList() {
        Topology d = Stages.DISTRIBUTED.topology();
        List<Component> components = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Component c : d.components()) {
            components.add(c);
            if (c.id().equals("lb-01.haproxy")) {
                components.add(new Component("lb-02.haproxy", Role.LOAD_BALANCER, "lb-02", "HAProxy"));
            }
        }
        components.add(new Component("vip", Role.VIRTUAL_IP, null, "Virtual IP"));
        hosts.add(d.hosts().get(0));
        hosts.add(new Host("lb-02", "lb-02", "10.0.0.9", List.of("lb-02.haproxy")));
        hosts.addAll(d.hosts().subList(1, d.hosts().size()));
        for (Link l : d.links()) {
            if (l.from().equals("users") && l.to().equals("lb-01.haproxy")) {
                links.add(new Link("users", "vip", LinkPurpose.HTTP));
                links.add(new Link("vip", "lb-01.haproxy", LinkPurpose.HTTP));
                links.add(new Link("vip", "lb-02.haproxy", LinkPurpose.HTTP));
            } else {
                links.add(l);
                if (l.from().equals("lb-01.haproxy")) {
                    links.add(new Link("lb-02.haproxy", l.to(), l.purpose()));
                }
            }
        }
        List<Backend> backends = d.backends();
        Topology pair = new Topology("pair", "Two load balancers", d.domain(), hosts, components, links, d.clients(),
                "vip", backends, d.primaryDatabase());

        IssuesAnalysis.Issues issues = IssuesAnalysis.of(pair, SETTINGS);

        assertThat(issues.spofAll()).containsExactly("dns");
        assertThat(issues.spofWrites()).containsExactly("web-01", "web-01.mysql");
        assertThat(issues.spofReads()).isEmpty();
    }

    @Test
    void theDistributedStageIsAnalysedQuicklyAndTheSameEveryTime() {
        distributed(); // warm up
        long start = System.nanoTime();
        IssuesAnalysis.Issues first = distributed();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("IssuesAnalysis of the distributed stage: " + ms + " ms, " + first);
        assertThat(ms).isLessThan(2000);
        assertThat(distributed()).isEqualTo(first);
    }
}
