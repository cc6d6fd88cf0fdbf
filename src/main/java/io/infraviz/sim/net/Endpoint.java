package io.infraviz.sim.net;

/** One end of a connection as the network sees it: where it runs and whether it answers. */
public interface Endpoint {
    /** Like a kernel's listen backlog: past this many stuck connections, new ones are not accepted. */
    int BACKLOG = 4096;

    /** Position in the topology's component list. */
    int index();

    /** Index of the host it runs on, or -1 on the Internet. */
    int hostIndex();

    boolean hostDown();

    boolean killed();

    boolean hung();

    boolean erroring();

    /** How many connections wait at it for an answer. */
    int stuckCount();
}
