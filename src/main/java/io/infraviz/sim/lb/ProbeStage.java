package io.infraviz.sim.lb;

/** Where a health check is: what {@link HealthChecker} does when its current hop ends. */
enum ProbeStage {
    AT_WEB,
    AT_APP,
    APP_DONE,
    BACK_AT_WEB,
    RESULT
}
