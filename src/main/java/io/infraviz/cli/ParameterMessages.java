package io.infraviz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.function.Function;

/**
 * Picocli's words for a command line it cannot read, made into one line that names the option and
 * what is wrong (picocli says "Value for option option", "is not a long", "Error: ...").
 */
final class ParameterMessages {
    private ParameterMessages() {
    }

    /** Registers the number readers whose refusals read as the messages below expect. */
    static void registerConverters(CommandLine cl) {
        cl.registerConverter(GivenNumber.class, GivenNumber::parse);
        CommandLine.ITypeConverter<Long> whole = whole(Long::parseLong);
        cl.registerConverter(Long.class, whole);
        cl.registerConverter(long.class, whole);
        CommandLine.ITypeConverter<Integer> small = whole(Integer::parseInt);
        cl.registerConverter(Integer.class, small);
        cl.registerConverter(int.class, small);
        CommandLine.ITypeConverter<Double> decimal = text -> GivenNumber.parse(text).doubleValue();
        cl.registerConverter(Double.class, decimal);
        cl.registerConverter(double.class, decimal);
    }

    private static <T> CommandLine.ITypeConverter<T> whole(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a whole number");
            }
        };
    }

    /** One line for a command line picocli could not read. */
    static String oneLine(ParameterException ex) {
        String option = ex.getArgSpec() instanceof OptionSpec o ? o.longestName() : null;
        if (option != null && ex.getCause() instanceof TypeConversionException bad) {
            return option + ": " + bad.getMessage();
        }
        if (option != null && ex.getMessage().contains("KEY=VALUE")) {
            return option + ": '" + ex.getValue() + "' is not " + ((OptionSpec) ex.getArgSpec()).paramLabel();
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            CommandLine cmd = ex.getCommandLine();
            if (cmd.getParent() == null) {
                return "unknown command '" + u.getUnmatched().get(0) + "' (use one of "
                        + String.join(", ", cmd.getSubcommands().keySet()) + ")";
            }
            return cmd.getCommandName() + ": unexpected argument '" + u.getUnmatched().get(0) + "' (options start with --)";
        }
        return ex.getMessage().replaceFirst("^Error: ", "");
    }
}
