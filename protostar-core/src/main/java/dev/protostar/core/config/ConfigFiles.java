package dev.protostar.core.config;

import dev.protostar.api.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the configuration files are, and reading them in their order of precedence.
 *
 * <p>The global file is, first match wins: the file named with {@code --config} ({@link
 * #withExplicitFile}), the file the {@value #ENVIRONMENT_VARIABLE} variable names, {@code
 * $XDG_CONFIG_HOME/protostar/config.toml} (when that variable holds an absolute path), {@code
 * ~/.config/protostar/config.toml}. A file named explicitly (the first two) must exist; the default
 * file may be missing, which means no configuration. A project's {@value #PROJECT_FILE_NAME} is laid
 * over the global file. So, from strongest to weakest: an explicit flag or builder call, the
 * project file, the global file, the built-in default.
 *
 * <p>The environment and the home folder are given, never read from the process, so hosts and tests
 * control them.
 *
 * @param explicitFile the file named on the command line, when one was
 * @param ignoreFiles whether to ignore every configuration file ({@code --no-config})
 * @param environment the environment variables to consult ({@value #ENVIRONMENT_VARIABLE}, {@code XDG_CONFIG_HOME})
 * @param home the user's home folder
 * @param workingDirectory the folder relative paths are resolved against
 */
public record ConfigFiles(Optional<Path> explicitFile, boolean ignoreFiles, Map<String, String> environment,
        Path home, Path workingDirectory) {

    /** The environment variable that names the global configuration file. */
    public static final String ENVIRONMENT_VARIABLE = "PROTOSTAR_CONFIG";

    /** The name of the project configuration file, in the project folder. */
    public static final String PROJECT_FILE_NAME = ".protostar.toml";

    /** Validates and copies the fields. */
    public ConfigFiles {
        Objects.requireNonNull(explicitFile, "explicitFile");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** The default search: no file named, files not ignored. */
    public static ConfigFiles of(Map<String, String> environment, Path home, Path workingDirectory) {
        return new ConfigFiles(Optional.empty(), false, environment, home, workingDirectory);
    }

    /** This search with {@code file} as the global file ({@code --config}), resolved against the working directory. */
    public ConfigFiles withExplicitFile(Path file) {
        return new ConfigFiles(Optional.of(workingDirectory.resolve(file)), ignoreFiles, environment, home,
                workingDirectory);
    }

    /** This search ignoring every configuration file ({@code --no-config}). */
    public ConfigFiles ignoringFiles() {
        return new ConfigFiles(explicitFile, true, environment, home, workingDirectory);
    }

    /** The global configuration file, whether it exists or not. */
    public Path globalFile() {
        return explicitFile.or(this::fromVariable).orElseGet(this::defaultFile);
    }

    /** The project configuration file of {@code projectDirectory}, whether it exists or not. */
    public static Path projectFile(Path projectDirectory) {
        return projectDirectory.resolve(PROJECT_FILE_NAME);
    }

    /**
     * Reads the global file and then {@code projectDirectory}'s {@value #PROJECT_FILE_NAME} laid over
     * it; nothing when {@link #ignoreFiles()}.
     *
     * @throws ConfigurationException when an explicitly named global file is missing, or a file
     *     cannot be read or is not valid TOML
     */
    public LoadedConfig load(Path projectDirectory) {
        if (ignoreFiles) {
            return LoadedConfig.empty();
        }
        LoadedConfig global = readGlobal();
        Path project = projectFile(projectDirectory);
        return Files.isRegularFile(project) ? global.overriddenBy(ConfigLoader.read(project)) : global;
    }

    private LoadedConfig readGlobal() {
        Path file = globalFile();
        if (Files.isRegularFile(file)) {
            return ConfigLoader.read(file);
        }
        Optional<String> namedBy = explicitFile.isPresent() ? Optional.of("--config")
                : fromVariable().isPresent() ? Optional.of(ENVIRONMENT_VARIABLE) : Optional.empty();
        if (namedBy.isPresent()) {
            String problem = Files.exists(file) ? "is not a regular file" : "does not exist";
            throw new ConfigurationException("The configuration file " + file + " named by " + namedBy.get() + " "
                    + problem + ".", "Create it with `protostar config --config " + file + "`, correct the path,"
                    + " or run with --no-config to ignore configuration files.");
        }
        return LoadedConfig.empty();
    }

    private Optional<Path> fromVariable() {
        return nonBlank(ENVIRONMENT_VARIABLE).map(workingDirectory::resolve);
    }

    private Path defaultFile() {
        Path configHome = nonBlank("XDG_CONFIG_HOME").map(value -> home.getFileSystem().getPath(value)).filter(Path::isAbsolute)
                .orElseGet(() -> home.resolve(".config"));
        return configHome.resolve("protostar").resolve("config.toml");
    }

    private Optional<String> nonBlank(String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
    }
}
