package dev.protostar.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The editor a project is set up for, as named by the {@code ide} setting of the configuration. */
public enum Ide {
    /** Visual Studio Code: settings in {@code .vscode/settings.json} (the default). */
    VSCODE("vscode"),
    /** Cursor, which reads VS Code's {@code .vscode/settings.json}. */
    CURSOR("cursor"),
    /** IntelliJ IDEA, PyCharm and the other JetBrains IDEs: their {@code .idea/} folder is ignored by Git. */
    JETBRAINS("jetbrains"),
    /** No editor: no editor settings are written. */
    NONE("none");

    private final String configName;

    Ide(String configName) {
        this.configName = configName;
    }

    /** The name used in configuration files and on the command line, such as {@code "vscode"}. */
    public String configName() {
        return configName;
    }

    /** Whether this editor reads {@code .vscode/settings.json}. */
    public boolean readsVsCodeSettings() {
        return this == VSCODE || this == CURSOR;
    }

    /** The editor with this configuration name, ignoring case; empty for an unknown name. */
    public static Optional<Ide> fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(ide -> ide.configName.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
