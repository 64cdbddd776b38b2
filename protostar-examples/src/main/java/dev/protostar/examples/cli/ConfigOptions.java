package dev.protostar.examples.cli;

import dev.protostar.core.config.ConfigFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
     * Where the files are, for {@code environment}: the home folder is its {@code HOME}, else the JVM's
     * {@code user.home}; relative paths are resolved against {@code workingDirectory}.
     */
    ConfigFiles files(Map<String, String> environment, Path workingDirectory) {
        Path home = Optional.ofNullable(environment.get("HOME")).filter(value -> !value.isBlank())
                .map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
        ConfigFiles files = ConfigFiles.of(environment, home, workingDirectory);
        if (file != null) {
            files = files.withExplicitFile(file);
        }
        return ignoreFiles ? files.ignoringFiles() : files;
    }
}
