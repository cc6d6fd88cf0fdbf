package io.infraviz.model;

/**
 * An action on a target (a component, host or link id), e.g. kill web-02.
 */
public record Fault(FaultAction action, String target) {
    /** Plain words for a menu, e.g. "Kill web-02.nginx". */
    public String label() {
        return action.menuWords() + " " + target;
    }

    @Override
    public String toString() {
        return action.code() + ":" + target;
    }
}
