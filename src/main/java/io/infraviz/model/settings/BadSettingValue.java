package io.infraviz.model.settings;

/**
 * A value a setting cannot take, with the rule it breaks. Each place that reads settings names the
 * setting its own way ({@code --fall} on the command line, {@code setting 'fall'} in a lesson file)
 * around the same words.
 */
public final class BadSettingValue extends IllegalArgumentException {
    private final String rule;
    private final Object given;
    private final String allowedWords;

    private BadSettingValue(String rule, Object given, String allowedWords) {
        super("value " + (allowedWords == null ? rule + ", got " + given
                : "'" + given + "' is unknown (use one of " + allowedWords + ")"));
        this.rule = rule;
        this.given = given;
        this.allowedWords = allowedWords;
    }

    /** A number outside its range, or not a number; {@code rule} reads like "must be at least 1". */
    static BadSettingValue breaks(String rule, Object given) {
        return new BadSettingValue(rule, given, null);
    }

    /** A word that is not one of the allowed ones. */
    static BadSettingValue unknownWord(Object given, String allowedWords) {
        return new BadSettingValue(null, given, allowedWords);
    }

    /** The message for a setting called {@code name}, e.g. "--fall must be at least 1, got 0". */
    public String messageFor(String name) {
        return allowedWords == null ? name + " " + rule + ", got " + given
                : name + ": unknown value '" + given + "' (use one of " + allowedWords + ")";
    }
}
