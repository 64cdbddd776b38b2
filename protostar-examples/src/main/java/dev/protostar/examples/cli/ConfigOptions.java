package dev.protostar.examples.cli;

import dev.protostar.core.config.ConfigFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that choose configuration files, shared by the commands that read them ({@code
 * @Mixin ConfigOptions}).
 */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "PATH",
            description = "Read the global configuration from PATH (default: $PROTOSTAR_CONFIG, else"
                    + " $XDG_CONFIG_HOME/protostar/config.toml, else ~/.config/protostar/config.toml).")
    Path file;

    @Option(names = "--no-config",
            description = "Ignore the global configuration file and the project's .protostar.toml.")
    boolean ignoreFiles;

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
