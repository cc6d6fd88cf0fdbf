package io.infraviz.model.settings;

/** What a setting's number counts, with the placeholder the command-line help shows for it. */
public enum Unit {
    MS("ms", "MS"),
    COUNT("", "N"),
    PER_SECOND("requests/s", "RPS"),
    SHARE("share, 0 to 1", "F");

    private final String words;
    private final String placeholder;

    Unit(String words, String placeholder) {
        this.words = words;
        this.placeholder = placeholder;
    }

    public String words() {
        return words;
    }

    public String placeholder() {
        return placeholder;
    }
}
