package dev.protostar.core.orchestrator;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlDocuments;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code {{PYTHON_VERSION}}} in payloads, first answer wins: {@code requires-python} in
 * {@code pyproject.toml} (its first {@code X.Y}), then {@code version} in {@code .venv/pyvenv.cfg},
 * then the configured version, then {@value #FALLBACK}. It reads the workspace as it is when the
 * payload is merged, so a {@code pyproject.toml} written by {@code uv init} earlier in the same run
 * counts.
 */
final class PythonVersionChain {

    static final String PLACEHOLDER = "{{PYTHON_VERSION}}";
    static final String FALLBACK = "3.13";

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final WorkspacePath PYVENV_CFG = WorkspacePath.of(".venv/pyvenv.cfg");
    private static final Pattern MAJOR_MINOR = Pattern.compile("([0-9]+)\\.([0-9]+)");
    private static final Pattern PYVENV_VERSION =
            Pattern.compile("(?m)^\\s*version(?:_info)?\\s*=\\s*([0-9]+\\.[0-9]+)");

    private PythonVersionChain() {}

    /** {@code payload} with every placeholder replaced; the workspace is read only when one is present. */
    static String interpolate(String payload, Workspace workspace, Optional<String> configured) {
        return interpolate(payload, workspace, configured, new TomlDocuments());
    }

    /** {@link #interpolate(String, Workspace, Optional)}, reading {@code pyproject.toml} through the run's parses. */
    static String interpolate(String payload, Workspace workspace, Optional<String> configured,
            TomlDocuments documents) {
        if (!payload.contains(PLACEHOLDER)) {
            return payload;
        }
        return payload.replace(PLACEHOLDER, resolve(workspace, configured, documents));
    }

    static String resolve(Workspace workspace, Optional<String> configured) {
        return resolve(workspace, configured, new TomlDocuments());
    }

    private static String resolve(Workspace workspace, Optional<String> configured, TomlDocuments documents) {
        return fromPyproject(workspace, documents)
                .or(() -> fromPyvenvCfg(workspace))
                .or(() -> configured)
                .orElse(FALLBACK);
    }

    private static Optional<String> fromPyproject(Workspace workspace, TomlDocuments documents) {
        if (!workspace.isFile(PYPROJECT)) {
            return Optional.empty();
        }
        return documents.read(PYPROJECT, new String(workspace.read(PYPROJECT), StandardCharsets.UTF_8))
                .filter(parsed -> parsed.isString("project.requires-python"))
                .map(parsed -> MAJOR_MINOR.matcher(parsed.getString("project.requires-python")))
                .filter(Matcher::find)
                .map(Matcher::group);
    }

    private static Optional<String> fromPyvenvCfg(Workspace workspace) {
        if (!workspace.isFile(PYVENV_CFG)) {
            return Optional.empty();
        }
        Matcher matcher = PYVENV_VERSION.matcher(new String(workspace.read(PYVENV_CFG), StandardCharsets.UTF_8));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
