package dev.mocksy.report.layout;

/** A point on a chart, in chart units (1 unit is 1 px in SVG and 1 pt in PDF), y growing downwards. */
public record Point(double x, double y) {}
