package dev.protostar.examples.cli;

import dev.protostar.Protostar;
import dev.protostar.api.ProtostarConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options that choose configuration files, shared by the commands that read them (each adds
 * them to its model with {@link #addTo}).
 */
final class ConfigOptions {

    Path file;

    boolean ignoreFiles;

    /** Adds {@code --config} and {@code --no-config} to {@code model}, bound to this object's fields. */
    void addTo(CommandSpec model) {
        model.addOption(CliModel.value("--config", "PATH", Path.class,
                "Read the global configuration from PATH (default: $PROTOSTAR_CONFIG, else"
                        + " $XDG_CONFIG_HOME/protostar/config.toml, else ~/.config/protostar/config.toml).",
                value -> file = value));
        model.addOption(CliModel.flag(CliModel.names("--no-config"),
                "Ignore the global configuration file and the project's .protostar.toml.",
                value -> ignoreFiles = value));
    }

    /**
     * The configuration for the project in {@code projectDirectory}, as these options choose it: the
     * home folder is {@code environment}'s {@code HOME}, else the JVM's {@code user.home}; a relative
     * {@code --config} is resolved against {@code workingDirectory}. Warnings go to {@code warnings}.
     */
    ProtostarConfig load(Map<String, String> environment, Path workingDirectory, Path projectDirectory,
            Consumer<String> warnings) {
        return Protostar.loadConfig(projectDirectory, environment, home(environment), workingDirectory,
                Optional.ofNullable(file), ignoreFiles, warnings);
    }

    /** The global configuration file these options name (see {@link #load}). */
    Path globalFile(Map<String, String> environment, Path workingDirectory) {
        return Protostar.globalConfigFile(environment, home(environment), workingDirectory, Optional.ofNullable(file));
    }

    private static Path home(Map<String, String> environment) {
        return Optional.ofNullable(environment.get("HOME")).filter(value -> !value.isBlank())
                .map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }
}
