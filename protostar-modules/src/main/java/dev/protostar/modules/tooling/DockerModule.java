package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.modules.python.PythonOptions;
import java.util.Objects;
import java.util.Set;

/**
 * Docker support for Python projects: {@code .dockerignore} maintained from the ignore lists, and a
 * {@code Dockerfile} written when the project has none, fitting its package manager and Python
 * version. For uv, two stages: the first resolves the locked dependencies with uv into {@code
 * /app/.venv}, the second is a plain slim Python image that receives the finished environment. For
 * pip, one slim Python image that installs {@code requirements.txt}. Both run as an unprivileged
 * user. The module needs the Python module: there is no Dockerfile for Rust, Node, C++ or LaTeX
 * projects, and without Python the run skips Docker with a warning (the CLI refuses the flag).
 */
public final class DockerModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "docker";

    /** The Dockerfile's path. */
    static final String DOCKERFILE_PATH = "Dockerfile";

    private static final String UV_DOCKERFILE = """
            # syntax=docker/dockerfile:1
            # Dockerfile added by Protostar for a uv project. The file is yours: Protostar will not rewrite it.

            # ---- Stage 1: resolve and install the locked dependencies with uv ----
            FROM ghcr.io/astral-sh/uv:python%1$s-bookworm-slim AS builder

            # Precompile bytecode for faster start-up, copy files out of the cache mount instead of
            # hard-linking them, and always use the image's Python rather than downloading another.
            ENV UV_COMPILE_BYTECODE=1 \\
                UV_LINK_MODE=copy \\
                UV_PYTHON_DOWNLOADS=0

            WORKDIR /app

            # Only the project metadata and the lock file first: this layer, and the dependency
            # install below, are rebuilt only when the dependencies change, not on every code edit.
            COPY pyproject.toml uv.lock ./
            RUN --mount=type=cache,target=/root/.cache/uv \\
                uv sync --frozen --no-dev --no-install-project

            # Then the rest of the project, installed into the same environment.
            COPY . /app
            RUN --mount=type=cache,target=/root/.cache/uv \\
                uv sync --frozen --no-dev

            # ---- Stage 2: a slim runtime without uv or build tooling ----
            FROM python:%1$s-slim-bookworm AS runtime

            # An unprivileged account with a fixed id, so that file ownership on mounted volumes is predictable.
            RUN groupadd --system --gid 10001 app \\
                && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app --shell /usr/sbin/nologin app

            WORKDIR /app

            # The project together with its ready-made .venv. The files stay owned by root, so the
            # application can read but not modify its own code.
            COPY --from=builder /app /app

            # Put the environment's programs first on the PATH, so "python" is the venv's interpreter;
            # send output straight to the container log.
            ENV PATH="/app/.venv/bin:$PATH" \\
                PYTHONUNBUFFERED=1

            USER app

            # Replace with the project's entry point, for example ["python", "-m", "your_package"].
            CMD ["python"]
            """;

    private static final String PIP_DOCKERFILE = """
            # syntax=docker/dockerfile:1
            # Dockerfile added by Protostar for a pip project. The file is yours: Protostar will not rewrite it.

            # The Python of the image; keep it the version your .venv was made with.
            FROM python:%1$s-slim-bookworm

            # No bytecode files written at run time, output straight to the container log, and no
            # pip version check on every build.
            ENV PYTHONDONTWRITEBYTECODE=1 \\
                PYTHONUNBUFFERED=1 \\
                PIP_DISABLE_PIP_VERSION_CHECK=1

            # An unprivileged account with a fixed id, so that file ownership on mounted volumes is predictable.
            RUN groupadd --system --gid 10001 app \\
                && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app --shell /usr/sbin/nologin app

            WORKDIR /app

            # Only the requirements first: this layer, and the install below, are rebuilt only when the
            # dependencies change, not on every code edit. requirements.txt is what pip freeze found in
            # .venv, development tools included; give the image a shorter list if it should be smaller.
            COPY requirements.txt ./
            RUN --mount=type=cache,target=/root/.cache/pip \\
                pip install -r requirements.txt

            # Then the rest of the project. The files stay owned by root, so the application can read
            # but not modify its own code.
            COPY . /app

            USER app

            # Replace with the project's entry point, for example ["python", "-m", "your_package"].
            CMD ["python"]
            """;

    private final PythonOptions python;

    /** The module for a uv project with Python {@value PythonOptions#DEFAULT_VERSION}. */
    public DockerModule() {
        this(PythonOptions.defaults());
    }

    /** The module for a Python project set up with {@code python}: its package manager and version. */
    public DockerModule(PythonOptions python) {
        this.python = Objects.requireNonNull(python, "python");
    }

    /** The Dockerfile for a project set up with {@code python}. */
    static String dockerfile(PythonOptions python) {
        String template = python.packageManager() == PackageManager.UV ? UV_DOCKERFILE : PIP_DOCKERFILE;
        return String.format(template, python.version());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Docker";
    }

    /** The Dockerfiles are for Python projects. */
    @Override
    public Set<String> requires() {
        return Set.of(PythonModule.ID);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.writeDockerIgnore();
        manifest.inject(DOCKERFILE_PATH, dockerfile(python));
    }
}
