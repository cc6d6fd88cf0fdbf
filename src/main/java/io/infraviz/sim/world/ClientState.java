package io.infraviz.sim.world;

import io.infraviz.model.Client;

/** One browser client: its address and its cached DNS answer. */
public final class ClientState {
    final Client client;
    final int sourceHash;
    final DnsCache dns = new DnsCache();

    ClientState(Client client) {
        this.client = client;
        this.sourceHash = hashIp(client.ip());
    }

    public Client client() {
        return client;
    }

    /** What {@code balance source} hashes: the client's address, spread well. */
    public int sourceHash() {
        return sourceHash;
    }

    /** The client's cached DNS answer. */
    public DnsCache dns() {
        return dns;
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
