package io.infraviz.sim.request;

/** Where a request is on its journey: what {@link RequestFlow} does when its current hop ends. */
enum RequestCheckpoint {
    AT_DNS,
    DNS_ANSWERED,
    DNS_FAILED,
    AT_ENTRY,
    AT_WEB,
    CONNECT_REFUSED,
    CONNECT_TIMED_OUT,
    RETRY,
    AT_APP,
    AT_FILES,
    CODE_LOADED,
    APP_DONE,
    AT_DB,
    DB_FAILED,
    QUERY_ANSWERED,
    BACK_AT_APP,
    BACK_AT_WEB,
    BACK_AT_LB,
    AT_CLIENT,
    APP_TIMED_OUT
}
