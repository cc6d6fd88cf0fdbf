package io.infraviz.cli;

import io.infraviz.analysis.RunSummary;
import io.infraviz.model.FaultAction;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.ScenarioFile;
import io.infraviz.scenario.lesson.ScenarioRunner;
import io.infraviz.sim.Simulation;
import io.infraviz.sim.fault.FaultRules;
import io.infraviz.sim.fault.ScheduledFault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code simulate}: runs the infrastructure headless and reports every request or a summary. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the simulation without a window and prints what happened.",
                "Faults: --event T_MS:ACTION:ID (at a simulated time) or @INDEX:ACTION:ID (just before request INDEX),"})
final class SimulateCommand implements Callable<Integer> {
    CommandSpec spec;

    /** Picocli hands over the command's model here: the help ends with the list of actions, the enum's. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        List<String> description = new ArrayList<>(List.of(spec.usageMessage().description()));
        description.add("ACTION one of " + FaultAction.codes() + ".");
        spec.usageMessage().description(description.toArray(String[]::new));
    }

    @Mixin
    TopologyOptions topologyOptions;

    @Mixin
    SimulationOptions options;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "100", description = "Requests to send (default ${DEFAULT-VALUE}).")
    long requests;

    @Option(names = "--event", paramLabel = "T_MS:ACTION:ID|@INDEX:ACTION:ID", description = "A fault to apply (repeatable).")
    List<String> events = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", description = "Run a lesson (built-in name or JSON file) and check its expected effects.")
    String scenario;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (requests < 0) {
            throw new UsageException("--requests must not be negative, got " + requests);
        }
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("--format: unknown value '" + format + "' (use one of table, csv, json)");
        }
        if (scenario != null) {
            return runScenario();
        }
        Topology topology = topologyOptions.load();
        SimulationSettings settings = options.forTopology(options.toSettings(), topology);
        Simulation sim = new Simulation(topology, settings, seed);
        for (String e : events) {
            ScheduledFault f;
            try {
                f = ScheduledFault.parse(e);
                FaultRules.check(topology, f.fault());
            } catch (IllegalArgumentException ex) {
                throw new UsageException("--event " + ex.getMessage());
            }
            sim.schedule(f);
        }
        PrintWriter out = spec.commandLine().getOut();
        RunSummary summary = new RunSummary();
        sim.addListener(summary);
        CsvReport csv = format.equals("csv") ? new CsvReport(out) : null;
        if (csv != null) {
            sim.addListener(csv);
        }
        sim.startTraffic(requests);
        sim.runToCompletion();
        switch (format) {
            case "csv" -> csv.flush();
            case "json" -> out.println(SummaryReport.json(sim, summary, seed, events));
            default -> out.print(SummaryReport.table(sim, summary, seed, events));
        }
        out.flush();
        return 0;
    }

    /** Runs a lesson headless; exit 1 when an expected effect did not happen, 2 for a bad file. */
    private int runScenario() {
        Lesson lesson;
        try {
            lesson = ScenarioFile.load(scenario);
        } catch (ScenarioFile.BadScenario e) {
            throw new UsageException(e.getMessage());
        }
        List<ScenarioRunner.StepResult> results = ScenarioRunner.run(lesson, seed);
        PrintWriter out = spec.commandLine().getOut();
        boolean passed = results.stream().allMatch(ScenarioRunner.StepResult::passed);
        if (format.equals("json")) {
            out.println(ScenarioReport.json(lesson, results, passed));
        } else {
            out.println("Lesson " + lesson.scenario().name() + ": " + lesson.scenario().title());
            for (ScenarioRunner.StepResult r : results) {
                out.printf("Step %d (ended at %s)%s%n", r.index() + 1, io.infraviz.engine.SimTime.human(r.endUs()),
                        r.waitMet() ? "" : "  - the wait's condition never came");
                for (ScenarioRunner.Check c : r.checks()) {
                    out.printf("  %s %s%n", c.held() ? "[ok]    " : "[MISSED]", c.condition());
                }
            }
            out.println(passed ? "Every expected effect happened." : "Some expected effects did not happen.");
        }
        out.flush();
        return passed ? 0 : 1;
    }
}
