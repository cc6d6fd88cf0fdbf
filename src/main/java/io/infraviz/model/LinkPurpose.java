package io.infraviz.model;

/** Why two components are connected; decides what travels on the link. */
public enum LinkPurpose {
    DNS,
    HTTP,
    FILES,
    DATABASE,
    REPLICATION,
    MONITORING
}
