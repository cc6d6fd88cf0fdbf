package io.infraviz.model;

/** One browser client behind the {@code users} component, with its own IP and DNS cache. */
public record Client(String name, String ip) {
}
