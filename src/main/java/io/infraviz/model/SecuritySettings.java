package io.infraviz.model;

/**
 * The security and monitoring of the design, which later stages add and toggles override.
 *
 * @param https            TLS between users and the load balancer (terminated there)
 * @param firewalls        each server's firewall lets only the intended connections in
 * @param monitoring       agents report to a monitoring service, which alerts people
 * @param attacker         someone on the Internet tries MySQL (3306) and SSH (22) on every server
 *                         once a second
 * @param alertDelayMicros how long the monitoring service takes to notice and alert
 */
public record SecuritySettings(boolean https, boolean firewalls, boolean monitoring, boolean attacker,
                               long alertDelayMicros) {
    public SecuritySettings {
        if (alertDelayMicros < 0) {
            throw new IllegalArgumentException("the alert delay must not be negative");
        }
    }

    public SecuritySettings withHttps(boolean on) {
        return new SecuritySettings(on, firewalls, monitoring, attacker, alertDelayMicros);
    }

    public SecuritySettings withFirewalls(boolean on) {
        return new SecuritySettings(https, on, monitoring, attacker, alertDelayMicros);
    }

    public SecuritySettings withMonitoring(boolean on) {
        return new SecuritySettings(https, firewalls, on, attacker, alertDelayMicros);
    }

    public SecuritySettings withAttacker(boolean on) {
        return new SecuritySettings(https, firewalls, monitoring, on, alertDelayMicros);
    }
}
