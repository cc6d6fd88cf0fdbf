package io.infraviz.sim.fault;

import io.infraviz.model.Topology;

/**
 * What {@link FaultRules} reads of a run: the faults on each part now. Read only; ids name parts
 * of {@link #topology()} (a component id for the component questions, a database's for the
 * database ones).
 */
public interface FaultTargets {
    Topology topology();

    /** True when the host is down as a whole. */
    boolean hostDown(String hostId);

    /** True when the link is cut. */
    boolean linkCut(String linkId);

    /** True when the component's own process was killed (whether its host is up or not). */
    boolean killed(String componentId);

    boolean hung(String componentId);

    /** True when the component answers every request with an error. */
    boolean erroring(String componentId);

    /** True when the database is a Replica now. */
    boolean replica(String databaseId);

    /** True while a promotion of the database is under way. */
    boolean promoting(String databaseId);

    /** The id of the database that takes the writes now. */
    String writerDatabase();

    /** The id of the database the application's write address names now (the Primary unless pointed elsewhere). */
    String writesGoTo();
}
