package dev.protostar.core.format.yaml;

/**
 * A position in the body of a YAML file.
 *
 * @param line 0-based line, counted the way the YAML scanner counts line breaks
 * @param column 0-based column in code points, as the YAML scanner reports it
 * @param offset the matching index into the Java string
 */
record Mark(int line, int column, int offset) {
}
