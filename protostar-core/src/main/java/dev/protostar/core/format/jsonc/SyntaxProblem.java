package dev.protostar.core.format.jsonc;

/**
 * Why a text is not a JSON document Protostar can edit, and where.
 *
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param detail what is wrong there
 */
record SyntaxProblem(int line, int column, String detail) {

    /** "line L, column C: detail" (or just the detail when the place is unknown), for messages. */
    String describe() {
        return line <= 0 ? detail : "line " + line + ", column " + column + ": " + detail;
    }
}
