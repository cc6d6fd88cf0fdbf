package io.infraviz.cli;

import io.infraviz.scenario.lesson.Lesson;
import io.infraviz.scenario.lesson.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code scenarios}: lists the built-in lessons, one a line: the name, then the title. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "Lists the built-in lessons.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Lesson l : ScenarioFile.builtIn()) {
            out.printf("%-28s %s%n", l.scenario().name(), l.scenario().title());
        }
        out.flush();
        return 0;
    }
}
