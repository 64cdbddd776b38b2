package dev.protostar.core.config;

/**
 * The configuration file {@code protostar config} creates: every key, documented and commented out,
 * so that the file as written changes nothing and loads without a warning.
 */
public final class ConfigTemplate {

    private static final String TEXT = """
            # Protostar configuration.
            #
            # This file holds your own defaults for `protostar init`. Remove the "#" in front of a
            # setting to use it. A project can have its own .protostar.toml with the same keys; its
            # settings beat the ones here. A flag given on the command line beats both.
            # Keys Protostar does not know, and values of the wrong kind, are reported and skipped.

            [env]
            # The editor to prepare the project for:
            #   "vscode"    - writes .vscode/settings.json (the default)
            #   "cursor"    - the same settings, which Cursor reads too
            #   "jetbrains" - no .vscode settings; the .idea/ folder stays out of Git
            #   "none"      - no editor settings at all
            # ide = "vscode"

            # How Python projects get their environment: "uv" (the default) or "pip" (a .venv made
            # with python -m venv, and a requirements.txt).
            # python_package_manager = "uv"

            # The Python version for new projects, as a quoted "major.minor".
            # python_version = "3.13"

            # How Node projects install packages: "npm" (the default), "pnpm" or "yarn".
            # node_package_manager = "npm"

            # The package set of generated LaTeX documents: "minimal" (the default), "science",
            # "lab-report" or "academic".
            # latex_preset = "minimal"

            # Environment variables kept from the programs Protostar runs (git, uv, cargo, npm,
            # direnv, pre-commit): names, or prefixes followed by *. They get every other variable
            # of your environment, except VIRTUAL_ENV, PYTHONHOME, GIT_DIR, GIT_WORK_TREE and
            # GIT_INDEX_FILE. A project's .protostar.toml can add patterns, never remove yours.
            # `init --clean-env` passes on only a short list (PATH, HOME, LANG, XDG_*, ...).
            # scrub = ["AWS_*", "GITHUB_TOKEN"]

            # How long each program Protostar runs (uv add, pip install, cargo init, npm init, git,
            # pre-commit install...) may take before it is stopped and the run is undone: hours,
            # minutes and seconds such as "90s", "10m" or "1h30m", at most "24h". It replaces every
            # task's own limit (2 minutes, 10 minutes for dependency installs); `init --timeout` beats it.
            # task_timeout = "10m"

            # Tools switched on (true) or off (false) when neither --TOOL nor --no-TOOL is given.
            # Ruff is on for Python projects unless you turn it off; the others start off.
            # ruff = true
            # mypy = false
            # pytest = false
            # pre_commit = false
            # direnv = false
            # markdownlint = false
            # docker = false

            # Replacing what a preset brings. The presets are scientific, astro, ml, api, cli, dsp
            # and embedded. Each list given replaces that preset's own list completely; a list left
            # out keeps the preset's.
            # [presets.astro]
            # dependencies = ["astropy", "numpy"]
            # directories = ["data", "notebooks"]
            # ignores = ["data/raw/"]

            [dev]
            # Development dependencies added to every Python project, after the tools' own.
            # extra_dependencies = ["ipython"]

            # TOML merged into pyproject.toml after every module and preset, so a key named here
            # beats the value a tool would write. A value that was already in the project's
            # pyproject.toml before the run is yours, and it stays.
            # [dev.pyproject.tool.ruff]
            # line-length = 100
            """;

    private ConfigTemplate() {}

    /** The text of the default configuration file. */
    public static String text() {
        return TEXT;
    }
}
