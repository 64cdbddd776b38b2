package dev.protostar;

/** Golden files the end-to-end tests compare byte for byte. */
final class ExpectedFiles {

    private ExpectedFiles() {}

    private static final String RUFF_AND_DEV_GROUP = """

            [tool.ruff]
            # Ruff settings, added by Protostar. Edit freely: re-runs keep your values.
            line-length = 88 # the width Black made common; fits two files side by side

            [tool.ruff.lint]
            select = [
                "E",   # pycodestyle: whitespace, indentation and other PEP 8 layout errors
                "F",   # Pyflakes: unused imports, undefined names, unreachable code
                "I",   # isort: imports sorted and grouped
                "B",   # flake8-bugbear: likely bugs such as mutable default arguments
                "UP",  # pyupgrade: older syntax the target Python version can write more simply
                "RUF", # Ruff's own checks
            ]
            ignore = [] # rule codes to switch off for this project

            [dependency-groups]
            dev = ["ruff"]
            """;

    /** pyproject.toml after {@code python()} in memory: simulated uv init, Ruff merge, simulated uv add --dev ruff. */
    static final String UV_PYPROJECT = """
            [project]
            name = "project"
            version = "0.1.0"
            requires-python = ">=3.13"
            dependencies = []
            """ + RUFF_AND_DEV_GROUP;

    /** The same on disk in a folder called orbital-sim, with the stub uv of {@code StubPath}. */
    static final String STUB_UV_PYPROJECT = UV_PYPROJECT.replace("name = \"project\"", "name = \"orbital-sim\"");
}
