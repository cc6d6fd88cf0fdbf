package io.infraviz.sim.world;

/** One client's cached answer for the site's name, valid until its TTL runs out. */
public final class DnsCache {
    private long expiresAt = Long.MIN_VALUE;

    /** True when the client has an answer it may still use at {@code now}. */
    public boolean valid(long now) {
        return now < expiresAt;
    }

    /** Stores a fresh answer received at {@code now} with the record's TTL. */
    public void store(long now, long ttl) {
        expiresAt = now + ttl;
    }

    /** When the cached answer expires (meaningless before the first answer). */
    public long expiresAt() {
        return expiresAt;
    }

    public void clear() {
        expiresAt = Long.MIN_VALUE;
    }
}
