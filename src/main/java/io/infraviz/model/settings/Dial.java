package io.infraviz.model.settings;

/**
 * The range and step a control offers for a number. Narrower than what is valid: a lesson may set
 * {@code inter} to 50 ms, but the Controls tab steps from 100 ms.
 */
public record Dial(double min, double max, double step) {
}
