# syntax=docker/dockerfile:1
# Dockerfile added by Protostar for a uv project. The file is yours: Protostar will not rewrite it.

# ---- Stage 1: resolve and install the locked dependencies with uv ----
FROM ghcr.io/astral-sh/uv:python3.13-bookworm-slim AS builder

# Precompile bytecode for faster start-up, copy files out of the cache mount instead of
# hard-linking them, and always use the image's Python rather than downloading another.
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=0

WORKDIR /app

# Only the project metadata and the lock file first: this layer, and the dependency
# install below, are rebuilt only when the dependencies change, not on every code edit.
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-install-project

# Then the rest of the project, installed into the same environment.
COPY . /app
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev

# ---- Stage 2: a slim runtime without uv or build tooling ----
FROM python:3.13-slim-bookworm AS runtime

# An unprivileged account with a fixed id, so that file ownership on mounted volumes is predictable.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app --shell /usr/sbin/nologin app

WORKDIR /app

# The project together with its ready-made .venv. The files stay owned by root, so the
# application can read but not modify its own code.
COPY --from=builder /app /app

# Put the environment's programs first on the PATH, so "python" is the venv's interpreter;
# send output straight to the container log.
ENV PATH="/app/.venv/bin:$PATH" \
    PYTHONUNBUFFERED=1

USER app

# Replace with the project's entry point, for example ["python", "-m", "your_package"].
CMD ["python"]
