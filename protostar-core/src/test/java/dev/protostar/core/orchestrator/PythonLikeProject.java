package dev.protostar.core.orchestrator;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.SystemTask;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Seed workspaces and a module shaped like the built-in Python module (which lives in
 * protostar-modules, a module that depends on this one): folders, injected files, {@code git init},
 * {@code uv init}, TOML merges, ignore files, {@code uv add --dev}, and {@code pre-commit install}
 * when the project has a pre-commit configuration. Every task fails the run when it fails.
 */
final class PythonLikeProject {

    private PythonLikeProject() {}

    /** A named seed: how to fill a fresh, empty workspace. */
    record Seed(String name, Consumer<Workspace> fill) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Seed EMPTY = new Seed("(a) empty", ws -> {});

    static final Seed PYTHON_PROJECT = new Seed("(b) Python project", ws -> {
        write(ws, "pyproject.toml", """
                # Orbital simulation: hand-tuned settings, keep the comments!
                [project]
                name = "orbital-sim"   # the PyPI name
                version = "0.3.0"
                requires-python = ">=3.11"
                dependencies = [
                    "numpy>=1.26",  # vectors
                ]

                [tool.ruff]
                line-length = 88  # team standard
                """);
        write(ws, ".gitignore", "# mine\r\n*.log\r\n.venv/\r\n");
        write(ws, ".vscode/settings.json", "{\n  // editor\n  \"editor.rulers\": [88],\n}\n");
        write(ws, "scripts/run.sh", "#!/bin/sh\nexec python -m orbital \"$@\"\n");
        ws.setPosixMode(WorkspacePath.of("scripts/run.sh"), 0755);
        write(ws, "src/orbital/core.py", "G = 6.674e-11\n");
        write(ws, "notes.txt", "");
    });

    static final Seed PRE_COMMIT_PROJECT = new Seed("(c) pre-commit project", ws -> {
        write(ws, ".pre-commit-config.yaml", """
                # hooks we trust
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v4.6.0
                    hooks:
                      - id: trailing-whitespace
                """);
        write(ws, ".git/HEAD", "ref: refs/heads/main\n");
        write(ws, ".git/config", "[core]\n\trepositoryformatversion = 0\n");
        write(ws, ".git/hooks/pre-commit", "#!/bin/sh\necho my own hook\n");
        ws.setPosixMode(WorkspacePath.of(".git/hooks/pre-commit"), 0755);
        write(ws, "README.md", "# Rocket\n");
        ws.setPosixMode(WorkspacePath.of("README.md"), 0600);
    });

    static final List<Seed> SEEDS = List.of(EMPTY, PYTHON_PROJECT, PRE_COMMIT_PROJECT);

    static void write(Workspace ws, String path, String content) {
        WorkspacePath p = WorkspacePath.of(path);
        p.parent().filter(d -> !d.isRoot()).ifPresent(ws::createDirectories);
        ws.write(p, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The module, with every task the simulated runner knows. */
    static List<BootstrapModule> modules() {
        return List.of(module(true));
    }

    /** The module without uv and pre-commit, for real processes where only git is installed. */
    static List<BootstrapModule> gitOnlyModules() {
        return List.of(module(false));
    }

    private static BootstrapModule module(boolean withUv) {
        return TestModule.of("python", ModuleCategory.LANGUAGE).marker("pyproject.toml").contributing((m, c) -> {
            m.directory("src/orbital", "tests")
                    .inject("src/orbital/__init__.py", "")
                    .inject("tests/test_smoke.py", "def test_smoke():\n    assert True\n")
                    .mergeToml("pyproject.toml", """
                            [tool.ruff]
                            line-length = 100

                            [tool.ruff.lint]
                            select = ["E", "F", "I"]

                            [tool.pytest.ini_options]
                            testpaths = ["tests"]
                            """)
                    .vcsIgnore(".venv/", "__pycache__/", ".DS_Store", ".vscode/")
                    .dockerIgnore(".git/")
                    .writeDockerIgnore();
            if (!c.exists(WorkspacePath.of(".git"))) {
                m.systemTask(SystemTask.command("git", "init").owns(".git").build());
            }
            if (!withUv) {
                return;
            }
            if (!c.exists(WorkspacePath.of("pyproject.toml"))) {
                m.systemTask(SystemTask.command("uv", "init", "--no-workspace", "--bare", "--pin-python", "--python", "3.13")
                        .owns("pyproject.toml", ".python-version").build());
            }
            m.devDependency("ruff", "pytest").dependencyInstaller((deps, dev, ctx) ->
                    ctx.exists(WorkspacePath.of("uv.lock")) ? List.of() : List.of(SystemTask.command(
                            "uv", "add", "--dev", "ruff", "pytest").owns("pyproject.toml", "uv.lock", ".venv").build()));
            boolean hookInstalled = c.readString(WorkspacePath.of(".git/hooks/pre-commit"))
                    .map(hook -> hook.contains("File generated by pre-commit")).orElse(false);
            if (c.exists(WorkspacePath.of(".pre-commit-config.yaml")) && !hookInstalled) {
                m.postInstallTask(SystemTask.command("pre-commit", "install")
                        .owns(".git/hooks/pre-commit", ".git/hooks/pre-commit.legacy").build());
            }
        });
    }
}
