# syntax=docker/dockerfile:1
# Dockerfile added by Protostar for a pip project. The file is yours: Protostar will not rewrite it.

# The Python of the image; keep it the version your .venv was made with.
FROM python:3.13-slim-bookworm

# No bytecode files written at run time, output straight to the container log, and no
# pip version check on every build.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# An unprivileged account with a fixed id, so that file ownership on mounted volumes is predictable.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app --shell /usr/sbin/nologin app

WORKDIR /app

# Only the requirements first: this layer, and the install below, are rebuilt only when the
# dependencies change, not on every code edit. requirements.txt is what pip freeze found in
# .venv, development tools included; give the image a shorter list if it should be smaller.
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r requirements.txt

# Then the rest of the project. The files stay owned by root, so the application can read
# but not modify its own code.
COPY . /app

USER app

# Replace with the project's entry point, for example ["python", "-m", "your_package"].
CMD ["python"]
