package io.infraviz.configs;

import io.infraviz.model.Component;
import io.infraviz.model.Host;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a design and its settings into the files that make real servers do what the lab shows:
 * per host its HAProxy, keepalived, Nginx, MariaDB and ufw files, and a README for the folder.
 */
public final class ConfigGenerator {
    private ConfigGenerator() {
    }

    /**
     * The files for {@code topology} with {@code settings} (as the run has them, security included).
     *
     * @throws CannotExpress naming the part of the design real files cannot say, and why
     */
    public static ConfigSet generate(Topology topology, SimulationSettings settings) {
        Design d = new Design(topology, settings);
        List<Component> pair = d.vipPair();
        List<ConfigFile> files = new ArrayList<>();
        for (Host h : topology.hosts()) {
            for (String id : h.componentIds()) {
                Component c = d.component(id);
                switch (c.role()) {
                    case LOAD_BALANCER -> {
                        files.add(HaproxyConfig.of(d, c));
                        if (pair.contains(c)) {
                            files.add(KeepalivedConfig.of(d, c, pair));
                        }
                    }
                    case WEB_SERVER -> files.add(NginxSite.of(d, c));
                    case DATABASE -> {
                        files.add(MysqlConfig.of(d, c));
                        ReplicationSql.of(d, c).ifPresent(files::add);
                    }
                    default -> {
                        // Application servers, their files and monitoring agents are the student's own software.
                    }
                }
            }
            if (settings.security().firewalls()) {
                files.add(FirewallScript.of(d, h));
            }
        }
        List<ConfigFile> all = new ArrayList<>();
        all.add(ConfigReadme.of(d, files));
        all.addAll(files);
        return new ConfigSet(all);
    }
}
