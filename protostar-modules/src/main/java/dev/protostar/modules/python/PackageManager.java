package dev.protostar.modules.python;

import java.util.Locale;

/** How a Python project manages its environment and dependencies. */
public enum PackageManager {
    /** uv: {@code pyproject.toml}, {@code uv.lock}, {@code uv add}. The default. */
    UV,
    /** pip in a {@code .venv} made by {@code python -m venv}, with a frozen {@code requirements.txt}. */
    PIP;

    /**
     * Parses {@code "uv"} or {@code "pip"} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values otherwise
     */
    public static PackageManager parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "uv" -> UV;
            case "pip" -> PIP;
            default -> throw new IllegalArgumentException(
                    "Unknown Python package manager \"" + value + "\"; use uv or pip.");
        };
    }

    /** The lower-case name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
