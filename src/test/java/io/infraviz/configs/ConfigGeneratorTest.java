package io.infraviz.configs;

import io.infraviz.model.Algorithm;
import io.infraviz.model.CheckType;
import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.LbMode;
import io.infraviz.model.Role;
import io.infraviz.model.Topology;
import io.infraviz.model.settings.Settings;
import io.infraviz.scenario.Stages;
import io.infraviz.sim.net.FirewallRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static io.infraviz.configs.ConfigCases.set;
import static io.infraviz.configs.ConfigCases.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the generated files say, line by line, for the settings a person chose. */
class ConfigGeneratorTest {

    private static List<String> lines(ConfigSet set, String path) {
        return set.file(path).orElseThrow(() -> new AssertionError("no " + path)).lines().stream()
                .map(ConfigLine::text).toList();
    }

    private static List<String> haproxy(ConfigCases.Case c) {
        return lines(c.generate(), "lb-01/haproxy.cfg");
    }

    @Test
    void theDistributedDesignsBackendHasOneCheckedServerLinePerWebServer() {
        List<String> cfg = haproxy(stage(Stages.DISTRIBUTED, s -> s, ""));
        assertThat(cfg).filteredOn(l -> l.startsWith("    server ")).containsExactly(
                "    server web-01 10.0.0.11:80 check inter 2000 fall 3 rise 2 weight 1",
                "    server web-02 10.0.0.12:80 check inter 2000 fall 3 rise 2 weight 1");
        // HTTP/1.1 with the site's name: Debian's default Nginx site answers any other name with 404.
        assertThat(cfg).contains("    balance roundrobin", "    option httpchk",
                "    http-check send meth GET uri /health ver HTTP/1.1 hdr Host www.foobar.com", "    http-check expect rstatus ^[23]",
                "    retries 3", "    timeout connect 1000", "    timeout server 12000", "    timeout client 15000", "    bind :80");
        assertThat(cfg).doesNotContain("    option redispatch").noneMatch(l -> l.contains(":443"));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void eachAlgorithmIsHaproxysBalanceKeyword(Algorithm a) {
        String expected = switch (a) {
            case ROUND_ROBIN, WEIGHTED -> "roundrobin";
            case LEAST_CONNECTIONS -> "leastconn";
            case SOURCE -> "source";
        };
        assertThat(haproxy(stage(Stages.DISTRIBUTED, set(Settings.ALGORITHM, a), ""))).contains("    balance " + expected);
    }

    @Test
    void everyNumberTheSettingsHoldIsTheOneInTheFile() {
        List<String> cfg = haproxy(stage(Stages.DISTRIBUTED, s -> s.withLb(s.lb().withChecks(1234, 7, 5).withRetries(6, true)
                .withTimeouts(4321, 9876).withWeights(java.util.Map.of("web-02", 9)).withAlgorithm(Algorithm.WEIGHTED)), ""));
        assertThat(cfg).contains("    server web-01 10.0.0.11:80 check inter 1234 fall 7 rise 5 weight 1",
                "    server web-02 10.0.0.12:80 check inter 1234 fall 7 rise 5 weight 9",
                "    retries 6", "    option redispatch", "    timeout connect 4321", "    timeout server 9876");
    }

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = "WEIGHTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyWeightedRoundRobinWritesTheWeightsAsTheLabOnlyWeighsThen(Algorithm a) {
        List<String> cfg = haproxy(stage(Stages.DISTRIBUTED, s -> s.withLb(s.lb().withWeights(java.util.Map.of("web-02", 9))
                .withAlgorithm(a)), ""));
        assertThat(cfg).filteredOn(l -> l.startsWith("    server ")).allMatch(l -> l.endsWith(" weight 1"));
    }

    @Test
    void activePassiveMakesTheSecondServerABackupAndTcpDropsTheHttpCheck() {
        List<String> cfg = haproxy(stage(Stages.DISTRIBUTED, s -> Settings.CHECK.write(Settings.MODE.write(s, LbMode.ACTIVE_PASSIVE),
                CheckType.TCP), ""));
        assertThat(cfg).filteredOn(l -> l.startsWith("    server ")).satisfiesExactly(
                l -> assertThat(l).doesNotContain("backup"), l -> assertThat(l).endsWith(" backup"));
        assertThat(cfg).noneMatch(l -> l.contains("httpchk") || l.contains("http-check"));
    }

    @Test
    void httpsAddsTheTlsBindAndTheRedirectWhereTlsEnds() {
        List<String> cfg = haproxy(stage(Stages.DISTRIBUTED, set(Settings.HTTPS, true), ""));
        assertThat(cfg).contains("    bind :80", "    bind :443 ssl crt /etc/haproxy/certs/www.foobar.com.pem",
                "    http-request redirect scheme https code 301 unless { ssl_fc }");
        ConfigSet oneServer = stage(Stages.ONE_SERVER, set(Settings.HTTPS, true), "").generate();
        assertThat(lines(oneServer, "server-01/nginx/sites-available/www.foobar.com"))
                .contains("    listen 443 ssl;", "    return 301 https://$host$request_uri;");
    }

    @Test
    void nginxProxiesToItsOwnAppOrBalancesSeveralWithAnUpstream() {
        assertThat(lines(stage(Stages.DISTRIBUTED, s -> s, "").generate(), "web-02/nginx/sites-available/www.foobar.com"))
                .contains("    location / {", "        proxy_pass http://127.0.0.1:8000;", "    location = /health {",
                        "    proxy_read_timeout 60000ms;")
                .noneMatch(l -> l.startsWith("upstream"));
        assertThat(lines(stage(Stages.SCALED, s -> s, "").generate(), "web-01/nginx/sites-available/www.foobar.com"))
                .containsSubsequence("upstream app_servers {", "    server 10.0.2.14:8000;", "    server 10.0.2.15:8000;", "}")
                .contains("        proxy_pass http://app_servers;");
    }

    @Test
    void onlyTheReplicaIsReadOnlyAndItCopiesThePrimarysAddressByGtid() {
        ConfigSet set = stage(Stages.DISTRIBUTED, s -> s, "").generate();
        assertThat(lines(set, "web-01/mysql/60-infraviz.cnf")).contains("server_id = 1", "log_bin = mysql-bin", "binlog_format = ROW")
                .doesNotContain("read_only = ON");
        assertThat(lines(set, "web-02/mysql/60-infraviz.cnf")).contains("server_id = 2", "read_only = ON", "relay_log = relay-bin");
        assertThat(lines(set, "web-01/mysql/replication.sql"))
                .contains("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.0.0.12';").noneMatch(l -> l.startsWith("CHANGE MASTER"));
        assertThat(lines(set, "web-02/mysql/replication.sql")).containsSubsequence("CHANGE MASTER TO", "  MASTER_HOST = '10.0.0.11',",
                "  MASTER_CONNECT_RETRY = 10,", "  MASTER_USE_GTID = slave_pos;", "START SLAVE;");
        assertThat(stage(Stages.ONE_SERVER, s -> s, "").generate().file("server-01/mysql/replication.sql")).isEmpty();
    }

    @Test
    void theReplicasReadOnlyAndConnectRetryAreTheSettingsOnes() {
        ConfigSet set = stage(Stages.DISTRIBUTED, s -> s.withDb(s.db().withReadOnly(false).withConnectRetry(5_000_000)), "").generate();
        assertThat(lines(set, "web-02/mysql/60-infraviz.cnf")).contains("read_only = OFF").doesNotContain("read_only = ON");
        assertThat(lines(set, "web-02/mysql/replication.sql")).contains("  MASTER_CONNECT_RETRY = 5,");
        List<String> readme = lines(set, "README.md");
        assertThat(readme).anyMatch(l -> l.startsWith("| " + Settings.READ_ONLY.label() + " | ") && l.contains("`read_only`"))
                .anyMatch(l -> l.startsWith("| " + Settings.CONNECT_RETRY.label() + " | ") && l.contains("MASTER_CONNECT_RETRY"))
                .anyMatch(l -> l.startsWith("| " + Settings.WEIGHT.label() + " | ") && l.contains("`weight`"));
    }

    @Test
    void ufwAllowsExactlyTheEnginesFirewallCrossingsAndSshFromTheAdmin() {
        ConfigSet set = stage(Stages.SECURED, s -> s, "").generate();
        assertThat(lines(set, "web-02/ufw.sh")).filteredOn(l -> l.startsWith("ufw allow")).containsExactly(
                "ufw allow from \"$ADMIN_IP\" to any port 22 proto tcp comment 'SSH from the admin'",
                "ufw allow from 10.0.0.11 to any port 3306 proto tcp comment 'web-01.app to web-02.mysql, web-01.mysql to web-02.mysql'",
                "ufw allow from 10.0.0.10 to any port 80 proto tcp comment 'lb-01.haproxy to web-02.nginx'");
        assertThat(lines(set, "lb-01/ufw.sh")).filteredOn(l -> l.startsWith("ufw allow from any")).containsExactly(
                "ufw allow from any to any port 80 proto tcp comment 'users to lb-01.haproxy'",
                "ufw allow from any to any port 443 proto tcp comment 'users to lb-01.haproxy'");
        // Every rule names a connection the engine's firewall lets in, and nothing else.
        Topology t = Stages.SECURED.topology();
        for (Host h : t.hosts()) {
            List<String> crossings = FirewallRule.intendedInto(t, h.id()).stream()
                    .map(c -> c.outside().id() + " to " + c.inside().id()).toList();
            assertThat(lines(set, h.id() + "/ufw.sh")).filteredOn(l -> l.startsWith("ufw allow from 10.") || l.startsWith("ufw allow from any"))
                    .allSatisfy(l -> assertThat(crossings).anyMatch(l::contains));
        }
    }

    @Test
    void theVirtualIpPairHoldsTheAddressFirstOnLb01() {
        ConfigSet set = stage(Stages.SCALED, s -> s, "").generate();
        List<String> first = lines(set, "lb-01/keepalived.conf");
        List<String> second = lines(set, "lb-02/keepalived.conf");
        assertThat(first).contains("    state MASTER", "    priority 150", "        10.0.0.12/24", "    advert_int 1",
                "    virtual_router_id 12", "        chk_haproxy");
        assertThat(second).contains("    state BACKUP", "    priority 100", "        10.0.0.12/24", "    virtual_router_id 12");
        assertThat(stage(Stages.DISTRIBUTED, s -> s, "").generate().files()).noneMatch(f -> f.path().endsWith("keepalived.conf"));
        // With firewalls, each lets the other's VRRP adverts in: without them both would hold the address.
        assertThat(lines(stage(Stages.SCALED, set(Settings.FIREWALLS, true), "").generate(), "lb-01/ufw.sh"))
                .contains("ufw allow from 10.0.0.11 to 224.0.0.18 comment 'VRRP from lb-02.haproxy'");
    }

    @Test
    void theReadmeHasARowForEverySettingOfTheCatalogue() {
        List<String> readme = lines(stage(Stages.DISTRIBUTED, s -> s, "").generate(), "README.md");
        for (var s : Settings.ALL) {
            assertThat(readme).as(s.key()).anyMatch(l -> l.startsWith("| " + s.label() + " | "));
        }
        assertThat(readme).anyMatch(l -> l.startsWith("| inter (ms) | 2000 | `haproxy.cfg`"));
    }

    @Test
    void aServersViewShowsItsOwnFileWholeAndItsServerLineInHaproxys() {
        ConfigSet set = stage(Stages.DISTRIBUTED, set(Settings.MODE, LbMode.ACTIVE_PASSIVE), "").generate();
        List<ConfigSet.Excerpt> about = set.about(Set.of("web-02.nginx"));
        assertThat(about).extracting(ConfigSet.Excerpt::path).containsExactly("lb-01/haproxy.cfg",
                "web-02/nginx/sites-available/www.foobar.com");
        assertThat(about.get(1).lines()).contains("    location = /health {").noneMatch(l -> l.startsWith("#"));
        assertThat(about.get(0).lines()).containsExactly("    server web-02 10.0.0.12:80 check inter 2000 fall 3 rise 2 weight 1 backup");
    }

    @Test
    void aDesignRealFilesCannotSayIsRefusedNamingThePartAndWhy() {
        Topology d = Stages.DISTRIBUTED.topology();
        Topology noAddress = new Topology("x", "x", d.domain(), d.hosts().stream().map(h -> h.id().equals("web-02")
                ? new Host(h.id(), h.label(), "", h.componentIds()) : h).toList(), d.components(), d.links(), d.clients(),
                d.entryPoint(), d.backends(), d.primaryDatabase());
        assertThatThrownBy(() -> ConfigGenerator.generate(noAddress, Settings.HTTPS.write(stage(Stages.DISTRIBUTED, s -> s, "")
                .settings(), false))).isInstanceOf(CannotExpress.class).hasMessage("cannot write the configuration of "
                + "web-02.nginx: its host web-02 has no IP address (give the host an \"ip\")");
        List<Component> twoWebs = new java.util.ArrayList<>(d.components());
        twoWebs.add(new Component("web-01.nginx2", Role.WEB_SERVER, "web-01", "Nginx"));
        Topology clash = new Topology("x", "x", d.domain(), d.hosts().stream().map(h -> h.id().equals("web-01")
                ? new Host(h.id(), h.label(), h.ip(), concat(h.componentIds(), "web-01.nginx2")) : h).toList(), twoWebs,
                d.links(), d.clients(), d.entryPoint(), d.backends(), d.primaryDatabase());
        assertThatThrownBy(() -> ConfigGenerator.generate(clash, stage(Stages.DISTRIBUTED, s -> s, "").settings()))
                .hasMessage("cannot write the configuration of host web-01: web-01.nginx and web-01.nginx2 would both listen on port 80");
    }

    private static List<String> concat(List<String> ids, String more) {
        List<String> out = new java.util.ArrayList<>(ids);
        out.add(more);
        return out;
    }
}
