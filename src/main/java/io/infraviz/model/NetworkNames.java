package io.infraviz.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What counts as a site's name and a host's address, for every place that takes one (the topology
 * file, design mode's side panel, the generated configuration files): a DNS host name (RFC 1123
 * labels of letters, digits and inner hyphens, joined by dots, at most 253 characters) and a
 * dotted IPv4 address. Each check gives a short reason, or null when the value is fine.
 */
public final class NetworkNames {
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** A host name, as a regular expression (also the topology schema's pattern). */
    public static final String HOST_NAME_REGEX = LABEL + "(\\." + LABEL + ")*";
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    /** A dotted IPv4 address, as a regular expression (also the topology schema's pattern). */
    public static final String IPV4_REGEX = "(" + OCTET + "\\.){3}" + OCTET;
    private static final Pattern HOST_NAME = Pattern.compile(HOST_NAME_REGEX);
    private static final Pattern IPV4 = Pattern.compile(IPV4_REGEX);
    /** The longest name DNS carries (RFC 1035: 255 bytes on the wire, 253 characters written). */
    public static final int MAX_NAME = 253;

    private NetworkNames() {
    }

    public static boolean isHostName(String s) {
        return s != null && s.length() <= MAX_NAME && HOST_NAME.matcher(s).matches();
    }

    public static boolean isIpv4(String s) {
        return s != null && IPV4.matcher(s).matches();
    }

    /** Why {@code name} cannot be the site's name, or null. */
    public static String hostNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "the site needs a name, e.g. www.foobar.com";
        }
        return isHostName(name) ? null : "'" + name + "' is not a host name: letters, digits and '-', parts joined by"
                + " '.', e.g. www.foobar.com";
    }

    /**
     * Why {@code ip} cannot be the address of host {@code hostId}, or null; {@code others} are the
     * other hosts' addresses, by host id (two hosts cannot share one).
     */
    public static String hostIpProblem(String hostId, String ip, Map<String, String> others) {
        if (!isIpv4(ip)) {
            return "'" + ip + "' is not an IPv4 address: four numbers from 0 to 255 joined by '.', e.g. 10.0.0.12";
        }
        for (Map.Entry<String, String> e : others.entrySet()) {
            if (!e.getKey().equals(hostId) && ip.equals(e.getValue())) {
                return ip + " is already the address of " + e.getKey();
            }
        }
        return null;
    }
}
