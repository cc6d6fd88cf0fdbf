package io.infraviz.model;

import java.util.Optional;

/**
 * Something a person (or a script) does to the infrastructure, with its words. When it applies
 * is the business of {@code sim.fault.FaultRules}; what it does, the simulation's.
 */
public enum FaultAction implements Coded {
    KILL("kill", "kill", "Kill", Target.COMPONENT_OR_HOST),
    REVIVE("revive", "revive", "Revive", Target.COMPONENT_OR_HOST),
    HANG("hang", "hang", "Hang", Target.COMPONENT),
    ERROR("error", "make answer errors", "Make answer errors:", Target.COMPONENT),
    HEAL("heal", "heal", "Heal", Target.COMPONENT_OR_LINK),
    CUT("cut", "cut", "Cut link", Target.LINK),
    PROMOTE("promote", "promote", "Promote now:", Target.DATABASE),
    PROMOTE_SAFE("promote-safe", "safely promote", "Promote safely (apply relay log first):", Target.DATABASE),
    RESEED("reseed", "re-seed", "Re-seed from the Primary:", Target.DATABASE),
    /** The application's write address now names this database, as a stale or mistaken configuration would. */
    POINT_WRITES("point-writes", "point the app's writes at", "Point the app's writes here:", Target.DATABASE);

    /** What kind of part an action can be applied to. */
    public enum Target {
        COMPONENT("a component"),
        COMPONENT_OR_HOST("a component or a host"),
        COMPONENT_OR_LINK("a component or a link"),
        LINK("a link (from->to)"),
        DATABASE("a database");

        private final String words;

        Target(String words) {
            this.words = words;
        }

        /** Plain words for messages, e.g. "a component or a host". */
        public String words() {
            return words;
        }
    }

    private final String code;
    private final String verb;
    private final String menuWords;
    private final Target target;

    FaultAction(String code, String verb, String menuWords, Target target) {
        this.code = code;
        this.verb = verb;
        this.menuWords = menuWords;
        this.target = target;
    }

    /** The word used on the command line and in scenario files, e.g. {@code kill}. */
    @Override
    public String code() {
        return code;
    }

    /** Plain verb for messages, e.g. "make answer errors". */
    public String verb() {
        return verb;
    }

    /** The words a menu shows before the target, e.g. "Promote now:". */
    public String menuWords() {
        return menuWords;
    }

    public Target target() {
        return target;
    }

    /**
     * The action that takes this one back on the same target (revive a kill; heal a hang, errors
     * or a cut); empty when none does (a promotion or a re-seed cannot be taken back in place).
     */
    public Optional<FaultAction> undoneBy() {
        return switch (this) {
            case KILL -> Optional.of(REVIVE);
            case HANG, ERROR, CUT -> Optional.of(HEAL);
            default -> Optional.empty();
        };
    }

    public static Optional<FaultAction> fromCode(String code) {
        return Coded.find(FaultAction.class, code);
    }

    /** All codes, for help and error messages. */
    public static String codes() {
        return Coded.list(FaultAction.class);
    }
}
