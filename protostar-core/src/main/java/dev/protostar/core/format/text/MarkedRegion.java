package dev.protostar.core.format.text;

/**
 * One protostar region found in a file's text (without byte order mark).
 *
 * @param tag the region's name
 * @param startLine 1-based line of the start marker
 * @param endLine 1-based line of the end marker
 * @param bodyStart offset of the first character after the start marker's line break
 * @param bodyEnd offset of the first character of the end marker's line
 */
record MarkedRegion(String tag, int startLine, int endLine, int bodyStart, int bodyEnd) {
}
