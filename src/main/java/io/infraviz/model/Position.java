package io.infraviz.model;

/**
 * Where a person placed a host or an Internet part on the diagram (its top-left corner, in
 * diagram units); parts without one get the automatic layout.
 */
public record Position(double x, double y) {
}
