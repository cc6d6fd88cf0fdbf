package io.infraviz.diagram;

/**
 * What a link shows: whether it is cut, and the words beside it (a replication link's lag), empty
 * when it has none.
 */
public record LinkLook(boolean cut, String words) {
    /** A working link with nothing to say. */
    public static final LinkLook FINE = new LinkLook(false, "");
    /** A cut link. */
    public static final LinkLook CUT = new LinkLook(true, "");

    /** The diagram style of a cut link (dashed, in the theme's colour for down). */
    public static final String CUT_STYLE = "cut";

    /** How a link's state is said in words (a hover, a status line): "cut" or "working". */
    public static String stateWords(boolean cut) {
        return cut ? "cut" : "working";
    }

    /** A working link with words beside it, e.g. "lag 3 s". */
    public static LinkLook saying(String words) {
        return new LinkLook(false, words);
    }
}
