package io.infraviz.sim.world;

import io.infraviz.model.Client;
import io.infraviz.sim.dns.DnsCache;

/** One browser client: its address and its cached DNS answer. */
public final class ClientState {
    public final Client client;
    public final int sourceHash;
    public final DnsCache dns = new DnsCache();

    ClientState(Client client) {
        this.client = client;
        this.sourceHash = hashIp(client.ip());
    }

    /** A stable hash of an IP address, spread well (what {@code balance source} hashes). */
    static int hashIp(String ip) {
        int h = 0;
        for (int i = 0; i < ip.length(); i++) {
            h = 31 * h + ip.charAt(i);
        }
        h ^= (h >>> 16);
        h *= 0x85EBCA6B;
        h ^= (h >>> 13);
        return h & 0x7FFFFFFF;
    }
}
