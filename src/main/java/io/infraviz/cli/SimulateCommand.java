package io.infraviz.cli;

import io.infraviz.analysis.RunSummary;
import io.infraviz.engine.SimTime;
import io.infraviz.model.FaultAction;
import io.infraviz.model.Limits;
import io.infraviz.model.SimulationSettings;
import io.infraviz.model.Topology;
import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.ScenarioFile;
import io.infraviz.scenario.lesson.ScenarioRunner;
import io.infraviz.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code simulate}: runs the infrastructure headless and reports every request or a summary. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the simulation without a window and prints what happened.",
                "Faults: --event T_MS:ACTION:ID (at a simulated time, within 24 h) or @INDEX:ACTION:ID (just before request INDEX),"})
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

    @Option(names = "--requests", paramLabel = "N", defaultValue = "100",
            description = "Requests to send, at most " + Limits.MAX_REQUESTS + " (default ${DEFAULT-VALUE}).")
    GivenNumber requestsGiven;

    @Option(names = "--event", paramLabel = "T_MS:ACTION:ID|@INDEX:ACTION:ID", description = "A fault to apply (repeatable).")
    List<String> events = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", description = "Run a lesson (built-in name or JSON file) and check"
            + " its expected effects; with --topology, on that design instead of its stage.")
    String scenario;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        long requests = requestsGiven.whole("--requests", 0, Limits.MAX_REQUESTS);
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("--format: unknown value '" + format + "' (use one of table, csv, json)");
        }
        if (scenario != null) {
            return runScenario();
        }
        Topology topology = topologyOptions.load();
        SimulationSettings settings = options.forTopology(options.toSettings(), topology);
        checkSpan(requests, settings.traffic().intervalMicros());
        Simulation sim = new Simulation(topology, settings, seed);
        for (String e : events) {
            sim.schedule(EventOption.parse(e, topology, requests));
        }
        PrintWriter out = spec.commandLine().getOut();
        // The CSV streams its rows; only the table and JSON need the summary (and its percentiles).
        RunSummary summary = new RunSummary();
        CsvReport csv = format.equals("csv") ? new CsvReport(out) : null;
        sim.addListener(csv != null ? csv : summary);
        sim.startTraffic(requests);
        try {
            sim.runToCompletion();
        } catch (CsvReport.ReaderGone gone) {
            return 0;
        }
        switch (format) {
            case "csv" -> csv.flush();
            case "json" -> out.println(SummaryReport.json(sim, summary, seed, events));
            default -> out.print(SummaryReport.table(sim, summary, seed, events));
        }
        out.flush();
        return 0;
    }

    /** Refuses traffic that would span more simulated time than {@link Limits#MAX_TRAFFIC_DAYS}. */
    private static void checkSpan(long requests, long intervalMicros) {
        double days = (double) requests * intervalMicros / SimTime.MICROS_PER_SECOND / 86_400;
        if (days > Limits.MAX_TRAFFIC_DAYS) {
            throw new UsageException(String.format(Locale.ROOT, "--requests %d, one every %s ms, would span %.0f days of "
                    + "simulated time; at most %d: send fewer requests or more per second", requests,
                    SimTime.formatMs(intervalMicros), days, Limits.MAX_TRAFFIC_DAYS));
        }
    }

    /** Runs a lesson headless; exit 1 when an expected effect did not happen, 2 for a bad file. */
    private int runScenario() {
        Lesson lesson;
        try {
            // with --topology, the lesson runs on that design instead of its stage
            lesson = ScenarioFile.load(scenario, topologyOptions.file() == null ? null : topologyOptions.load());
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
                out.printf("Step %d (ended at %s)%s%n", r.index() + 1, SimTime.human(r.endUs()),
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
