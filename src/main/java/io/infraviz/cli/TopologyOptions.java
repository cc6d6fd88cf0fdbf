package io.infraviz.cli;

import io.infraviz.model.Topology;
import io.infraviz.scenario.Stages;
import io.infraviz.scenario.TopologyFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --stage S} or {@code --topology FILE}. */
final class TopologyOptions {
    @ArgGroup(exclusive = true)
    Choice choice;

    /** The built-in stages' names, for the help. */
    static final class StageNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(io.infraviz.scenario.Stages.values()).map(io.infraviz.scenario.Stages::code).iterator();
        }
    }

    static final class Choice {
        @Option(names = "--stage", paramLabel = "S", completionCandidates = StageNames.class,
                description = "Built-in stage: ${COMPLETION-CANDIDATES} (default distributed).")
        String stage;

        @Option(names = "--topology", paramLabel = "FILE", description = "A topology file (JSON).")
        Path file;
    }

    /** The topology file given, or null (a stage, or nothing). */
    Path file() {
        return choice == null ? null : choice.file;
    }

    /**
     * Loads the chosen topology.
     *
     * @throws UsageException naming an unknown stage or what is wrong in the file
     */
    Topology load() {
        if (choice != null && choice.file != null) {
            try {
                return TopologyFile.read(choice.file);
            } catch (TopologyFile.BadTopologyFile e) {
                throw new UsageException(e.getMessage());
            }
        }
        String code = choice == null || choice.stage == null ? "distributed" : choice.stage;
        return Stages.fromCode(code).orElseThrow(() -> new UsageException("--stage: unknown stage '" + code
                + "' (use one of " + Stages.codes() + ")")).topology();
    }
}
