package dev.protostar.modules.node;

import java.util.List;
import java.util.Locale;

/** The program that manages a Node project's {@code package.json} and {@code node_modules/}. */
public enum NodePackageManager {
    /** npm, which comes with Node. The default. */
    NPM(List.of("npm", "init", "-y"), List.of("package.json")),
    /** pnpm. */
    PNPM(List.of("pnpm", "init"), List.of("package.json")),
    /**
     * Yarn. {@code -y} skips the questions of Yarn 1; Yarn 2 and later accept it too, and also write
     * a README, a lockfile, Git files and a repository, which the task owns so that a failed run
     * removes them again.
     */
    YARN(List.of("yarn", "init", "-y"), List.of("package.json", "README.md", "yarn.lock", ".gitignore",
            ".gitattributes", ".editorconfig", ".git"));

    private final List<String> initCommand;
    private final List<String> initWrites;

    NodePackageManager(List<String> initCommand, List<String> initWrites) {
        this.initCommand = initCommand;
        this.initWrites = initWrites;
    }

    /**
     * Parses {@code "npm"}, {@code "pnpm"} or {@code "yarn"} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values otherwise
     */
    public static NodePackageManager parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "npm" -> NPM;
            case "pnpm" -> PNPM;
            case "yarn" -> YARN;
            default -> throw new IllegalArgumentException(
                    "Unknown Node package manager \"" + value + "\"; use npm, pnpm or yarn.");
        };
    }

    /** The program's name, also its name on the command line: {@code "npm"}, {@code "pnpm"}, {@code "yarn"}. */
    public String program() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The command that writes a {@code package.json} with the manager's defaults, without asking questions. */
    public List<String> initCommand() {
        return initCommand;
    }

    /** The files and folders {@link #initCommand()} may create. */
    List<String> initWrites() {
        return initWrites;
    }
}
