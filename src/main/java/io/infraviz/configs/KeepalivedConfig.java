package io.infraviz.configs;

import io.infraviz.model.Component;

import java.util.List;

/**
 * {@code keepalived.conf} of each load balancer behind a virtual IP: one VRRP instance in which the
 * first load balancer has the highest priority (it holds the address, and takes it back when it
 * returns, as the lab shows), a {@code track_script} that gives the address up when HAProxy dies,
 * and advertisements paced so that a takeover takes about the lab's failover time.
 */
final class KeepalivedConfig {
    static final String FILE = "keepalived.conf";
    /** Advertisements a Backup misses before it takes over (VRRP's master-down interval is about three). */
    private static final int MISSED_ADVERTS = 3;

    private KeepalivedConfig() {
    }

    static String path(Component lb) {
        return lb.hostId() + "/" + FILE;
    }

    /** The shared address: the first free one after the load balancers' own in their /24. */
    static String virtualAddress(Design d, List<Component> pair) {
        String net = null;
        int highest = 0;
        for (Component lb : pair) {
            String ip = d.ip(lb);
            String prefix = ip.substring(0, ip.lastIndexOf('.'));
            if (net != null && !net.equals(prefix)) {
                throw new CannotExpress("the virtual IP " + d.topology().entryPoint(), "its load balancers are in different "
                        + "networks (" + net + ".0/24 and " + prefix + ".0/24); VRRP needs them on one");
            }
            net = prefix;
        }
        for (var h : d.topology().hosts()) {
            if (h.ip().startsWith(net + ".")) {
                highest = Math.max(highest, Integer.parseInt(h.ip().substring(net.length() + 1)));
            }
        }
        if (highest >= 254) {
            throw new CannotExpress("the virtual IP " + d.topology().entryPoint(), "no free address is left in " + net + ".0/24");
        }
        return net + "." + (highest + 1);
    }

    static ConfigFile of(Design d, Component lb, List<Component> pair) {
        String vip = virtualAddress(d, pair);
        int rank = pair.indexOf(lb);
        int priority = 100 + 50 * (pair.size() - 1 - rank);
        long advert = Math.max(1, Math.round(d.settings().timings().vipFailover() / 1e6 / MISSED_ADVERTS));
        String router = vip.substring(vip.lastIndexOf('.') + 1);
        String vipId = d.topology().entryPoint();
        FileText f = new FileText("#");
        f.note("keepalived on " + lb.hostId() + " (" + d.ip(lb) + "): the virtual IP " + vip + " that DNS gives, shared by "
                        + String.join(" and ", pair.stream().map(Component::hostId).toList()) + ".")
                .note("Made by InfraViz from the design \"" + d.topology().name() + "\". Goes to /etc/keepalived/keepalived.conf;")
                .note("check: keepalived --config-test -f /etc/keepalived/keepalived.conf; apply: systemctl restart keepalived")
                .line("global_defs {")
                .line("    enable_script_security")
                .line("    script_user root")
                .line("}")
                .blank()
                .note("Fails when no HAProxy process runs: after fall failed runs in a row this server gives the address up")
                .line("vrrp_script chk_haproxy {", lb.id())
                .line("    script \"/usr/bin/pidof haproxy\"", lb.id())
                .line("    interval " + advert, lb.id())
                .line("    fall " + MISSED_ADVERTS, lb.id())
                .line("    rise 2", lb.id())
                .line("}", lb.id())
                .blank()
                .line("vrrp_instance " + vipId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + " {", lb.id(), vipId)
                .note("    ", rank == 0 ? "Holds the address while it is healthy, and takes it back when it returns (preemption)"
                        : "Takes the address over when the holder stops advertising or its HAProxy dies")
                .line("    state " + (rank == 0 ? "MASTER" : "BACKUP"), lb.id(), vipId)
                .note("    ", "The network interface that carries " + d.ip(lb) + " (see: ip -br addr); change it if it is not eth0")
                .line("    interface eth0", lb.id())
                .note("    ", "Any number 1-255 no other VRRP group on this network uses, the same on every member; here the address's last number")
                .line("    virtual_router_id " + router, lb.id(), vipId)
                .note("    ", "The highest priority holds the address")
                .line("    priority " + priority, lb.id(), vipId)
                .note("    ", "Seconds between advertisements; a Backup takes over after about " + MISSED_ADVERTS
                        + " missed ones (the lab's failover time)")
                .line("    advert_int " + advert, lb.id(), vipId)
                .line("    virtual_ipaddress {", lb.id(), vipId)
                .line("        " + vip + "/24", lb.id(), vipId)
                .line("    }", lb.id(), vipId)
                .line("    track_script {", lb.id())
                .line("        chk_haproxy", lb.id())
                .line("    }", lb.id())
                .line("}", lb.id(), vipId);
        return f.file(path(lb), lb.id());
    }
}
