package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.Pyproject;
import dev.protostar.modules.python.PythonModule;
import java.util.Set;

/**
 * Ruff, the Python linter and formatter: a development dependency, its cache ignored, and its
 * settings merged into {@code pyproject.toml}. A pip project without a {@code pyproject.toml} gets
 * the same settings in {@code ruff.toml} instead, so that no half-empty {@code pyproject.toml}
 * appears.
 */
public final class RuffModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "ruff";


    /** The settings; {@code %1$s} is the table header prefix ({@code "tool.ruff."} or nothing). */
    private static final String SETTINGS = """
            %2$s# Ruff settings, added by Protostar. Edit freely: re-runs keep your values.
            line-length = 88 # the width Black made common; fits two files side by side

            [%1$slint]
            select = [
                "E",   # pycodestyle: whitespace, indentation and other PEP 8 layout errors
                "F",   # Pyflakes: unused imports, undefined names, unreachable code
                "I",   # isort: imports sorted and grouped
                "B",   # flake8-bugbear: likely bugs such as mutable default arguments
                "UP",  # pyupgrade: older syntax the target Python version can write more simply
                "RUF", # Ruff's own checks
            ]
            ignore = [] # rule codes to switch off for this project
            """;

    /** The payload for {@code pyproject.toml}. */
    static final String PYPROJECT_PAYLOAD = SETTINGS.formatted("tool.ruff.", "[tool.ruff]\n");

    /** The payload for a stand-alone {@code ruff.toml}. */
    static final String RUFF_TOML_PAYLOAD = SETTINGS.formatted("", "");

    /** The module; its settings are fixed. */
    public RuffModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Ruff";
    }

    @Override
    public Set<String> requires() {
        return Set.of(PythonModule.ID);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.devDependency("ruff");
        manifest.vcsIgnore(".ruff_cache/");
        boolean pipWithoutPyproject = context.activeModule(PythonModule.class)
                .map(python -> python.options().packageManager() == PackageManager.PIP)
                .orElse(false) && !context.exists(Pyproject.PATH);
        if (pipWithoutPyproject) {
            manifest.mergeToml("ruff.toml", RUFF_TOML_PAYLOAD);
        } else {
            manifest.mergeToml(Pyproject.PATH.toString(), PYPROJECT_PAYLOAD);
        }
    }
}
