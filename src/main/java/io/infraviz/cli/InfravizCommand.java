package io.infraviz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;

/** The top-level command: {@code java -jar infraviz.jar [command] ...}. */
@Command(name = "infraviz", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An interactive lab that shows how a distributed web infrastructure works and fails.",
        subcommands = {GuiCommand.class, SimulateCommand.class, ScenariosCommand.class, ExportCommand.class, ConfigsCommand.class,
            CommandLine.HelpCommand.class})
public final class InfravizCommand implements Runnable {
    /** Exit code for bad input (an unknown option, a bad value, an unreadable file). */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns the exit code. Bad input prints one line naming the
     * problem (and where to get help) and returns {@link #EXIT_USAGE}; no stack trace is shown.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args.length == 1 && args[0].equals("gui")) {
            // No command, or the window with every option at its default (or, without a display, a
            // message saying what to do): nothing to parse, so the command tree is not built, which
            // would cost a teacher a tenth of a second before the window shows.
            try {
                return new GuiCommand().call();
            } catch (RuntimeException e) {
                return failed(e, new PrintWriter(err, true));
            }
        }
        CommandLine cl = new CommandLine(new InfravizCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ParameterMessages.registerConverters(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("infraviz: " + ParameterMessages.oneLine(ex));
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> failed(ex, c.getErr()));
        return cl.execute(args);
    }

    /** A command failed: one line, and the exit code (bad input or an internal error). */
    private static int failed(Exception ex, PrintWriter err) {
        if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
            err.println("infraviz: " + ex.getMessage());
            return EXIT_USAGE;
        }
        err.println("infraviz: internal error: " + ex);
        return 1;
    }
}
