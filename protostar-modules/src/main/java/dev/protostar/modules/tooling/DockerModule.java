package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;

/**
 * Docker support for uv projects: {@code .dockerignore} maintained from the ignore lists, and a
 * two-stage {@code Dockerfile} written when the project has none. The first stage resolves the
 * locked dependencies with uv into {@code /app/.venv}; the second stage is a plain slim Python image
 * that receives the finished environment and runs as an unprivileged user.
 */
public final class DockerModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "docker";

    /** The Dockerfile's path. */
    static final String DOCKERFILE_PATH = "Dockerfile";

    /** The Dockerfile, written only when absent. */
    static final String DOCKERFILE = """
            # syntax=docker/dockerfile:1
            # Dockerfile added by Protostar for a uv project. The file is yours: Protostar will not rewrite it.

            # ---- Stage 1: resolve and install the locked dependencies with uv ----
            FROM ghcr.io/astral-sh/uv:python3.13-bookworm-slim AS builder

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
            FROM python:3.13-slim-bookworm AS runtime

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

    /** The module; its Dockerfile is fixed. */
    public DockerModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Docker";
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.writeDockerIgnore();
        manifest.inject(DOCKERFILE_PATH, DOCKERFILE);
    }
}
