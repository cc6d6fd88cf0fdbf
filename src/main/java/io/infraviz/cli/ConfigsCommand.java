package io.infraviz.cli;

import io.infraviz.configs.CannotExpress;
import io.infraviz.configs.ConfigGenerator;
import io.infraviz.configs.ConfigSet;
import io.infraviz.configs.ConfigWriter;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code configs}: writes the real servers' configuration files for a design and its settings. */
@Command(name = "configs", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Writes the configuration files that make real servers do what the design shows.",
    "Per server: haproxy.cfg, keepalived.conf, the Nginx site, MariaDB's settings and replication SQL, ufw.sh with "
            + "firewalls on; and a README saying where each goes, in which order, and how to check it.",
    "The settings options are those of simulate; the files carry every one the servers use."})
final class ConfigsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write: new, empty, or an earlier export with --force.")
    Path out;

    @Option(names = "--force", description = "Replace an earlier export in the folder (never a folder holding anything else).")
    boolean force;

    @Mixin
    TopologyOptions topologyOptions;

    @Mixin
    SimulationOptions options;

    @Override
    public Integer call() {
        ConfigWriter.problem(out, force).ifPresent(problem -> {
            throw new UsageException("--out: " + problem + (problem.endsWith(ConfigWriter.NOT_EMPTY)
                    ? " (use --force to replace the earlier export in it)"
                    : problem.endsWith(ConfigWriter.NOT_AN_EXPORT) ? " (choose a new or empty folder)" : ""));
        });
        Topology topology = topologyOptions.load();
        SimulationSettings settings = options.forTopology(options.toSettings(), topology);
        ConfigSet set;
        try {
            set = ConfigGenerator.generate(topology, settings);
        } catch (CannotExpress e) {
            throw new UsageException(e.getMessage());
        }
        try {
            ConfigWriter.write(set, out);
        } catch (IOException e) {
            throw new UsageException("--out: cannot write '" + out + "': " + e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + set.files().size() + " files to " + out + " (start with its README.md)");
        w.flush();
        return 0;
    }
}
