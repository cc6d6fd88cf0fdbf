package io.infraviz.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A number as the person typed it: its value for the range checks, its text for the messages, so a
 * refusal says "got 1e99" and not "got 1.0E99". Out-of-range values reach the checks that know the
 * option's limits, instead of failing in a parser that only knows "not a long".
 */
final class GivenNumber extends Number {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final double value;

    private GivenNumber(String text, double value) {
        this.text = text;
        this.value = value;
    }

    /**
     * Reads a number (decimals and exponents allowed).
     *
     * @throws TypeConversionException when the text is not a number
     */
    static GivenNumber parse(String text) {
        try {
            return new GivenNumber(text, Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
    }

    /**
     * The value as a whole number from {@code min} to {@code max}.
     *
     * @throws UsageException naming {@code option}, the range and what was given
     */
    long whole(String option, long min, long max) {
        if (value != Math.rint(value)) {
            throw new UsageException(option + " must be a whole number from " + min + " to " + max + ", got " + text);
        }
        if (value < min) {
            throw new UsageException(option + " must be at least " + min + ", got " + text);
        }
        if (value > max) {
            throw new UsageException(option + " must be at most " + max + ", got " + text);
        }
        return (long) value;
    }

    /**
     * The value, from {@code min} to {@code max} ({@code unit} follows the numbers in the message).
     *
     * @throws UsageException naming {@code option}, the range and what was given
     */
    double between(String option, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new UsageException(option + " must be between " + words(min) + " and " + words(max) + unit
                    + ", got " + text);
        }
        return value;
    }

    private static String words(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return text;
    }
}
