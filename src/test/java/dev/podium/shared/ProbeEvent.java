package dev.podium.shared;

/** A test-only module event; {@link ProbeListener} counts its deliveries. */
public record ProbeEvent(String key) {
}
