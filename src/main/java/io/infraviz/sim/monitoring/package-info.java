/** The monitoring service: who is down since when, and the alerts it raises. */
package io.infraviz.sim.monitoring;
