package io.infraviz.scenario;

import io.infraviz.model.Backend;
import io.infraviz.model.Component;
import io.infraviz.model.Design;
import io.infraviz.model.Host;
import io.infraviz.model.Link;
import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Position;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What prevents a drawn design from running, one test per message, and a design's trip through its file. */
class DesignCheckTest {
    /** A small design builder: hosts with parts, Internet parts and links, as design mode records them. */
    static final class Draft {
        final List<Host> hosts = new ArrayList<>();
        final List<Component> parts = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final Map<String, Position> places = new LinkedHashMap<>();
        final Map<String, Backend> options = new LinkedHashMap<>();

        Draft host(String id, Role... roles) {
            List<String> ids = new ArrayList<>();
            for (Role r : roles) {
                String c = id + "." + r.name().toLowerCase();
                parts.add(new Component(c, r, id, r.title()));
                ids.add(c);
            }
            hosts.add(new Host(id, id, "10.0.0." + (hosts.size() + 10), ids));
            return this;
        }

        Draft internet(String id, Role r) {
            parts.add(new Component(id, r, null, r.title()));
            return this;
        }

        Draft link(String from, String to) {
            Role a = role(from);
            Role b = role(to);
            LinkRules.Verdict v = LinkRules.between(a, b);
            links.add(v.reversed() ? new Link(to, from, v.purpose()) : new Link(from, to, v.purpose()));
            return this;
        }

        Role role(String id) {
            return parts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().role();
        }

        Design design() {
            return new Design("mine", hosts, parts, links, places, options);
        }
    }

    /** One HAProxy, two web servers, the databases on their own host pair: a design that runs. */
    static Draft runnable() {
        Draft d = new Draft().internet("users", Role.CLIENT).internet("dns", Role.DNS)
                .host("lb-01", Role.LOAD_BALANCER)
                .host("web-01", Role.WEB_SERVER, Role.APP_SERVER, Role.APP_FILES)
                .host("web-02", Role.WEB_SERVER, Role.APP_SERVER, Role.APP_FILES)
                .host("db-01", Role.DATABASE).host("db-02", Role.DATABASE);
        d.link("users", "dns").link("users", "lb-01.load_balancer");
        for (String w : List.of("web-01", "web-02")) {
            d.link("lb-01.load_balancer", w + ".web_server").link(w + ".web_server", w + ".app_server")
                    .link(w + ".app_server", w + ".app_files")
                    .link(w + ".app_server", "db-01.database").link(w + ".app_server", "db-02.database");
        }
        return d.link("db-01.database", "db-02.database");
    }

    @Test
    void aCompleteDesignHasNoProblemAndRunsWithWhatItsLinksSay() {
        Design d = runnable().design();
        assertThat(DesignCheck.problems(d)).isEmpty();
        Topology t = DesignCheck.topology(d);
        assertThat(t.entryPoint()).isEqualTo("lb-01.load_balancer");
        assertThat(t.primaryDatabase()).isEqualTo("db-01.database");
        assertThat(t.backends()).extracting(Backend::name).containsExactly("web-01", "web-02");
    }

    @Test
    void anEmptyCanvasNeedsUsersAndAnEntryPoint() {
        assertThat(DesignCheck.problems(Design.empty())).containsExactly(
                new DesignCheck.Problem(List.of(), "no entry point: the users' browsers need a load balancer, a web server or a"
                        + " virtual IP to connect to"),
                new DesignCheck.Problem(List.of(), "no users: add Users and connect them to the entry point"));
    }

    @Test
    void usersWithoutALinkToAServerHaveNoEntryPoint() {
        Draft d = runnable();
        d.links.removeIf(l -> l.from().equals("users") && l.purpose() == LinkPurpose.HTTP);
        assertThat(DesignCheck.problems(d.design())).containsExactly(new DesignCheck.Problem("users",
                "no entry point: the users' browsers need a load balancer, a web server or a virtual IP to connect to"));
    }

    @Test
    void aLoadBalancerWithoutServersIsNamed() {
        Draft d = runnable();
        d.links.removeIf(l -> l.from().equals("lb-01.load_balancer"));
        assertThat(DesignCheck.problems(d.design())).containsExactly(
                new DesignCheck.Problem("lb-01.load_balancer",
                        "load balancer 'lb-01.load_balancer' has no backend servers: link it to a web server"));
    }

    @Test
    void twoDatabasesNothingReplicatesToAreTwoPrimariesAndTheProblemSelectsBoth() {
        // MySQL: a server that is no one's replica takes the writes sent to it; with two such, each
        // web server's writes stay in the copy it wrote to
        Draft d = runnable();
        d.links.removeIf(l -> l.purpose() == LinkPurpose.REPLICATION);
        DesignCheck.Problem p = new DesignCheck.Problem(List.of("db-01.database", "db-02.database"),
                "two Primaries: 'db-01.database' and 'db-02.database' both take writes, as nothing replicates to either;"
                        + " link replication from the Primary to the other");
        assertThat(DesignCheck.problems(d.design())).containsExactly(p);
        assertThat(p.partId()).isEqualTo("db-01.database");
    }

    @Test
    void theCopiesOfASecondPrimaryAreNotListedOnTheirOwn() {
        Draft d = runnable().host("db-03", Role.DATABASE);
        d.links.removeIf(l -> l.purpose() == LinkPurpose.REPLICATION);
        d.link("db-02.database", "db-03.database");
        assertThat(DesignCheck.problems(d.design())).extracting(DesignCheck.Problem::text)
                .containsExactly("two Primaries: 'db-01.database' and 'db-02.database' both take writes, as nothing"
                        + " replicates to either; link replication from the Primary to the other");
    }

    @Test
    void databasesCopyingRoundALoopAreReplicasWithoutAPrimary() {
        Draft d = runnable().host("db-03", Role.DATABASE).host("db-04", Role.DATABASE);
        d.links.removeIf(l -> l.purpose() == LinkPurpose.REPLICATION);
        d.link("db-02.database", "db-03.database").link("db-03.database", "db-04.database")
                .link("db-04.database", "db-02.database");
        assertThat(DesignCheck.problems(d.design())).containsExactly(
                new DesignCheck.Problem("db-04.database->db-02.database", "closes a loop (db-04.database -> db-02.database"
                        + " -> db-03.database -> db-04.database); requests and copies must flow one way"),
                new DesignCheck.Problem("db-02.database", "database 'db-02.database' is a Replica without a Primary: no"
                        + " replication link from 'db-01.database' reaches it"),
                new DesignCheck.Problem("db-03.database", "database 'db-03.database' is a Replica without a Primary: no"
                        + " replication link from 'db-01.database' reaches it"),
                new DesignCheck.Problem("db-04.database", "database 'db-04.database' is a Replica without a Primary: no"
                        + " replication link from 'db-01.database' reaches it"));
    }

    @Test
    void whenEveryDatabaseCopiesAnotherTheFirstCannotBeThePrimary() {
        Draft d = runnable().host("db-03", Role.DATABASE);
        d.links.removeIf(l -> l.purpose() == LinkPurpose.REPLICATION);
        d.link("db-01.database", "db-02.database").link("db-02.database", "db-03.database")
                .link("db-03.database", "db-01.database");
        assertThat(DesignCheck.problems(d.design())).extracting(DesignCheck.Problem::text).containsExactly(
                "closes a loop (db-03.database -> db-01.database -> db-02.database -> db-03.database); requests and"
                        + " copies must flow one way",
                "'db-01.database' cannot be the Primary: it copies 'db-03.database' (a replication link runs from there"
                        + " to it); name the database copies start at");
    }

    @Test
    void theReplicationDirectionDecidesThePrimary() {
        Draft d = runnable();
        d.links.removeIf(l -> l.purpose() == LinkPurpose.REPLICATION);
        d.link("db-02.database", "db-01.database");
        assertThat(DesignCheck.topology(d.design()).primaryDatabase()).isEqualTo("db-02.database");
    }

    @Test
    void anApplicationServerWithoutADatabaseIsNamed() {
        Draft d = runnable();
        d.links.removeIf(l -> l.from().equals("web-02.app_server") && l.purpose() == LinkPurpose.DATABASE);
        assertThat(DesignCheck.problems(d.design())).containsExactly(new DesignCheck.Problem("web-02.app_server",
                "application server 'web-02.app_server' has no database: link it to MySQL"));
    }

    @Test
    void aLinkTheEngineCannotRunIsNamedWithItsReason() {
        Draft d = runnable();
        d.links.add(new Link("web-01.app_files", "dns", LinkPurpose.DNS));
        assertThat(DesignCheck.problems(d.design())).containsExactly(
                new DesignCheck.Problem("web-01.app_files->dns", "only the application server reads the app files"));
    }

    @Test
    void aVirtualIpWithoutALoadBalancerIsRefusedByTheEngine() {
        Draft d = new Draft().internet("users", Role.CLIENT).internet("vip", Role.VIRTUAL_IP)
                .host("web-01", Role.WEB_SERVER);
        d.link("users", "vip");
        assertThat(DesignCheck.problems(d.design())).containsExactly(
                new DesignCheck.Problem(List.of(), "the virtual IP vip has no load balancer behind it"));
        assertThatThrownBy(() -> DesignCheck.topology(d.design())).isInstanceOf(IllegalStateException.class)
                .hasMessage("the virtual IP vip has no load balancer behind it");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Draft d = runnable();
        d.links.removeIf(l -> l.purpose() == LinkPurpose.REPLICATION || l.from().equals("web-01.app_server")
                && l.purpose() == LinkPurpose.DATABASE);
        assertThat(DesignCheck.problems(d.design())).extracting(DesignCheck.Problem::partId)
                .containsExactly("db-01.database", "web-01.app_server");
    }

    @Test
    void aBackendKeepsTheWeightAndBackupSetForIt() {
        Draft d = runnable();
        d.options.put("web-02.web_server", new Backend("x", "web-02.web_server", 3, true));
        assertThat(DesignCheck.topology(d.design()).backends())
                .containsExactly(new Backend("web-01", "web-01.web_server", 1, false),
                        new Backend("web-02", "web-02.web_server", 3, true));
    }

    @Test
    void placesGoThroughTheFileAndBack(@TempDir Path dir) throws Exception {
        Draft d = runnable();
        d.places.put("lb-01", new Position(300, 140));
        d.places.put("users", new Position(20.5, 200));
        Topology t = DesignCheck.topology(d.design());
        Path file = dir.resolve("mine.json");
        TopologyFile.write(t, file);
        Topology back = TopologyFile.read(file);
        assertThat(back.positions()).containsExactlyInAnyOrderEntriesOf(
                Map.of("lb-01", new Position(300, 140), "users", new Position(20.5, 200)));
        assertThat(Design.of(back).links()).isEqualTo(d.design().links());
        assertThat(Files.readString(file)).contains("\"x\" : 300.0").doesNotContain("\"x\" : null");
    }

    @Test
    void aFileWithoutPlacesStillLoadsWithTheAutomaticLayout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.json");
        TopologyFile.write(Stages.DISTRIBUTED.topology(), file);
        assertThat(Files.readString(file)).doesNotContain("\"x\"");
        assertThat(TopologyFile.read(file).positions()).isEmpty();
    }
}
