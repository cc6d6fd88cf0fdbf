package io.infraviz.scenario;

import io.infraviz.model.LinkPurpose;
import io.infraviz.model.Role;
import io.infraviz.scenario.TopologyFile.FileComponent;
import io.infraviz.scenario.TopologyFile.FileHost;
import io.infraviz.scenario.TopologyFile.FileLink;
import io.infraviz.scenario.TopologyFile.FileTopology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs before a request can go anywhere, beyond a consistent file: users to send
 * them, a load balancer with servers to send them to, and a database behind every application
 * server. Each problem is said at the part it is about.
 */
final class TopologyNeeds {
    private final TopologyChecks checks;
    private final FileTopology f;
    /** Where each component is in the file, e.g. {@code hosts[1].components[0]}. */
    private final Map<String, String> places = new LinkedHashMap<>();

    TopologyNeeds(TopologyChecks checks, FileTopology f) {
        this.checks = checks;
        this.f = f;
        List<FileComponent> internet = TopologyFile.orEmpty(f.internet());
        for (int i = 0; i < internet.size(); i++) {
            places.putIfAbsent(internet.get(i).id(), "internet[" + i + "]");
        }
        List<FileHost> hosts = TopologyFile.orEmpty(f.hosts());
        for (int i = 0; i < hosts.size(); i++) {
            List<FileComponent> cs = TopologyFile.orEmpty(hosts.get(i).components());
            for (int j = 0; j < cs.size(); j++) {
                places.putIfAbsent(cs.get(j).id(), "hosts[" + i + "].components[" + j + "]");
            }
        }
    }

    void check() throws JsonInput.BadJson {
        Map<String, Role> roles = checks.roles();
        if (!roles.containsValue(Role.CLIENT)) {
            checks.section(() -> {
                throw checks.bad("internet", "no users: add Users and connect them to the entry point");
            });
        }
        boolean idle = false;
        for (Map.Entry<String, Role> e : roles.entrySet()) {
            String id = e.getKey();
            if (e.getValue() == Role.LOAD_BALANCER && !calls(id, LinkPurpose.HTTP, Role.WEB_SERVER, Role.APP_SERVER)) {
                idle = true;
                checks.section(() -> {
                    throw checks.bad(places.get(id), id, "load balancer '" + id
                            + "' has no backend servers: link it to a web server");
                });
            }
            if (e.getValue() == Role.APP_SERVER && !calls(id, LinkPurpose.DATABASE, Role.DATABASE)) {
                checks.section(() -> {
                    throw checks.bad(places.get(id), id, "application server '" + id
                            + "' has no database: link it to MySQL");
                });
            }
        }
        // a load balancer without servers already says what is missing; a second line would repeat it
        if (!idle && roles.containsValue(Role.LOAD_BALANCER) && TopologyFile.orEmpty(f.backends()).isEmpty()) {
            checks.section(() -> {
                throw checks.bad("backends", "missing; a load balancer needs backend servers to send requests to");
            });
        }
    }

    /** True when {@code id} has a link of {@code purpose} to a component of one of {@code roles}. */
    private boolean calls(String id, LinkPurpose purpose, Role... targets) {
        for (FileLink l : TopologyFile.orEmpty(f.links())) {
            Role to = checks.roles().get(l.to());
            if (id.equals(l.from()) && l.purpose() != null && TopologyFile.purpose(l.purpose()) == purpose
                    && to != null && List.of(targets).contains(to)) {
                return true;
            }
        }
        return false;
    }
}
