package dev.protostar.modules.generators;

/** One {@code \\usepackage} line of a generated preamble, with the reason it is there. */
record LatexPackage(String options, String name, String why) {

    private static final int COMMENT_COLUMN = 40;

    static LatexPackage of(String name, String why) {
        return new LatexPackage("", name, why);
    }

    static LatexPackage withOptions(String options, String name, String why) {
        return new LatexPackage(options, name, why);
    }

    /** The line, its comment aligned at a fixed column, ending in a newline. */
    String line() {
        String command = "\\usepackage" + (options.isEmpty() ? "" : "[" + options + "]") + "{" + name + "}";
        return command + " ".repeat(Math.max(1, COMMENT_COLUMN - command.length())) + "% " + why + "\n";
    }
}
