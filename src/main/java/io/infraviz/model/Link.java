package io.infraviz.model;

/**
 * A network path between two components. Links are undirected for reachability (a cut link
 * stops traffic both ways); {@code from} is the side that opens connections.
 */
public record Link(String from, String to, LinkPurpose purpose) {

    /** The link's id as used by {@code cut} and {@code heal}: {@code from->to}. */
    public String id() {
        return from + "->" + to;
    }

    /** True when this link joins the two components, in either direction. */
    public boolean joins(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }
}
