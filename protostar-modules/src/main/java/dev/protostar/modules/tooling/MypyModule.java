package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.modules.python.Pyproject;
import dev.protostar.modules.python.PythonModule;
import java.util.List;
import java.util.Set;

/**
 * mypy, the static type checker for Python: a development dependency, its cache ignored, and strict
 * settings merged into {@code pyproject.toml}. When pre-commit takes part in the run, the mypy
 * mirror hook is declared too, with the project's runtime dependencies as the hook's additional
 * dependencies so that it sees the same third-party types as the project.
 */
public final class MypyModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "mypy";

    /** The repository of the mypy pre-commit hook. */
    static final String PRE_COMMIT_REPO = "https://github.com/pre-commit/mirrors-mypy";

    /** The revision of the mypy pre-commit hook. */
    static final String PRE_COMMIT_REV = "v1.13.0";

    /** The payload for {@code pyproject.toml}; the executor fills {@code {{PYTHON_VERSION}}}. */
    static final String PYPROJECT_PAYLOAD = """
            [tool.mypy]
            # mypy settings, added by Protostar. Edit freely: re-runs keep your values.
            python_version = "{{PYTHON_VERSION}}" # check against the syntax and stubs of the project's Python
            strict = true # switch on the whole family of optional strictness checks
            warn_return_any = true # report functions declared to return a type that hand back Any
            warn_unused_configs = true # report per-module sections that match no checked file
            disallow_untyped_defs = true # every function needs annotations for its parameters and result
            """;

    /** The module; its settings are fixed. */
    public MypyModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "mypy";
    }

    @Override
    public Set<String> requires() {
        return Set.of(PythonModule.ID);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.devDependency("mypy");
        manifest.vcsIgnore(".mypy_cache/");
        manifest.mergeToml(Pyproject.PATH.toString(), PYPROJECT_PAYLOAD);
        if (context.isActive(PreCommitModule.ID)) {
            PreCommitHook hook = new PreCommitHook("mypy", List.of(), projectDependencies(context));
            manifest.preCommitRepo(new PreCommitRepo(PRE_COMMIT_REPO, PRE_COMMIT_REV, List.of(hook)));
        }
    }

    /**
     * The runtime dependencies listed in {@code [project].dependencies} of {@code pyproject.toml},
     * in their order; empty when the file, the table or the key is absent or the file does not parse.
     */
    static List<String> projectDependencies(ModuleContext context) {
        return Pyproject.strings(Pyproject.read(context), List.of("project", "dependencies"));
    }
}
