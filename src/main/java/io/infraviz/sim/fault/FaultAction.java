package io.infraviz.sim.fault;

import io.infraviz.model.Coded;

import java.util.Optional;

/** Something a person (or a script) does to the infrastructure. */
public enum FaultAction implements Coded {
    KILL("kill", "kill", Target.COMPONENT_OR_HOST),
    REVIVE("revive", "revive", Target.COMPONENT_OR_HOST),
    HANG("hang", "hang", Target.COMPONENT),
    ERROR("error", "make answer errors", Target.COMPONENT),
    HEAL("heal", "heal", Target.COMPONENT_OR_LINK),
    CUT("cut", "cut", Target.LINK),
    PROMOTE("promote", "promote", Target.DATABASE),
    PROMOTE_SAFE("promote-safe", "safely promote", Target.DATABASE),
    RESEED("reseed", "re-seed", Target.DATABASE);

    /** What kind of thing an action can be applied to. */
    public enum Target {
        COMPONENT,
        COMPONENT_OR_HOST,
        COMPONENT_OR_LINK,
        LINK,
        DATABASE
    }

    private final String code;
    private final String verb;
    private final Target target;

    FaultAction(String code, String verb, Target target) {
        this.code = code;
        this.verb = verb;
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
