package dev.protostar.modules.python;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the Python module sets a project up.
 *
 * @param packageManager uv (default) or pip
 * @param requestedVersion the Python version asked for, as {@code major.minor} such as {@code
 *     "3.13"}, or empty to use the defaults: {@link #DEFAULT_VERSION} for uv, whatever {@code
 *     python3} is for pip
 */
public record PythonOptions(PackageManager packageManager, Optional<String> requestedVersion) {

    /** The Python version uv projects get when none is asked for. */
    public static final String DEFAULT_VERSION = "3.13";

    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+");

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when the version is not {@code major.minor}
     */
    public PythonOptions {
        Objects.requireNonNull(packageManager, "packageManager");
        Objects.requireNonNull(requestedVersion, "requestedVersion");
        requestedVersion.ifPresent(version -> {
            if (!VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException(
                        "Python version \"" + version + "\" is not of the form major.minor, such as 3.13.");
            }
        });
    }

    /** uv with {@link #DEFAULT_VERSION}. */
    public static PythonOptions defaults() {
        return new PythonOptions(PackageManager.UV, Optional.empty());
    }

    /** uv with the given {@code major.minor} version. */
    public static PythonOptions uv(String version) {
        return new PythonOptions(PackageManager.UV, Optional.of(version));
    }

    /** pip with whatever {@code python3} is on the PATH. */
    public static PythonOptions pip() {
        return new PythonOptions(PackageManager.PIP, Optional.empty());
    }

    /** pip with the given {@code major.minor} version ({@code python3.12} must be on the PATH). */
    public static PythonOptions pip(String version) {
        return new PythonOptions(PackageManager.PIP, Optional.of(version));
    }

    /** The version uv is asked for: the requested one, else {@link #DEFAULT_VERSION}. */
    public String version() {
        return requestedVersion.orElse(DEFAULT_VERSION);
    }

    /** The interpreter pip mode runs: {@code python3.12} for a requested version, else {@code python3}. */
    public String interpreter() {
        return requestedVersion.map(v -> "python" + v).orElse("python3");
    }
}
