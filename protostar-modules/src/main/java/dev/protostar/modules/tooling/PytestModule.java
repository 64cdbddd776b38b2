package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.modules.python.PythonModule;
import java.util.Set;

/**
 * pytest, the Python test runner, with coverage and mocking plugins: development dependencies, a
 * {@code tests} folder, the caches and coverage reports ignored, and its settings merged into
 * {@code pyproject.toml}.
 */
public final class PytestModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "pytest";

    /** The payload for {@code pyproject.toml}. */
    static final String PYPROJECT_PAYLOAD = """
            [tool.pytest.ini_options]
            # pytest settings, added by Protostar. Edit freely: re-runs keep your values.
            minversion = "7.0" # refuse to run under a pytest too old for these options
            addopts = "-ra -q --strict-markers" # short output, a summary of every non-passing test, unknown markers are errors
            testpaths = ["tests"] # where pytest looks for tests when given no paths
            """;

    /** The module; its settings are fixed. */
    public PytestModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "pytest";
    }

    @Override
    public Set<String> requires() {
        return Set.of(PythonModule.ID);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.devDependency("pytest", "pytest-cov", "pytest-mock");
        manifest.directory("tests");
        manifest.vcsIgnore(".pytest_cache/", ".coverage", "htmlcov/", "coverage.xml");
        manifest.mergeToml("pyproject.toml", PYPROJECT_PAYLOAD);
    }
}
