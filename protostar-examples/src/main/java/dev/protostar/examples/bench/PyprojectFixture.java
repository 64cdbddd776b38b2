package dev.protostar.examples.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Deterministic, realistic {@code pyproject.toml} documents of a chosen size for the benchmarks,
 * and the three tool payloads (ruff, mypy, pytest) the benchmarks merge into them.
 *
 * <p>A document is what a long-lived Python project accumulates: a commented {@code [project]}
 * with an inline-table license, authors and a commented dependency array,
 * {@code [tool.black]}, {@code [tool.isort]}, {@code [tool.coverage.*]}, then as many
 * {@code [tool.<name>]} tables (commented keys, arrays with one comment per element, a sub-table
 * with quoted keys and an inline table) as it takes to reach the size, and finally a
 * {@code [dependency-groups]} table, as {@code uv add --dev} writes it. Because that last table is
 * not under {@code tool}, every new {@code [tool.*]} table the merge adds has to be moved up beside
 * its siblings: the benchmarks measure that path too. The documents name none of
 * {@code tool.ruff}, {@code tool.mypy} or {@code tool.pytest}, so every payload key is added.
 *
 * <p>No randomness: the same size always gives the same text.
 */
public final class PyprojectFixture {

    /** Ruff's settings, as {@code RuffModule} declares them for {@code pyproject.toml}. */
    public static final String RUFF_PAYLOAD = """
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
            """;

    /** Mypy's settings. */
    public static final String MYPY_PAYLOAD = """
            [tool.mypy]
            python_version = "3.13"
            strict = true
            warn_return_any = true
            warn_unused_configs = true
            disallow_untyped_defs = true
            """;

    /** Pytest's settings. */
    public static final String PYTEST_PAYLOAD = """
            [tool.pytest.ini_options]
            minversion = "7.0"
            addopts = "-ra -q --strict-markers"
            testpaths = ["tests"]
            """;

    /** The three payloads in the order the executor applies them (module registry order). */
    public static final List<String> PAYLOADS = List.of(RUFF_PAYLOAD, MYPY_PAYLOAD, PYTEST_PAYLOAD);

    private static final String HEAD = """
            # pyproject.toml of orbital-sim, a benchmark fixture written by PyprojectFixture.
            # Everything here is hand-edited: comments, key order and quoting must survive a merge.

            [project]
            name = "orbital-sim"
            version = "0.4.2"
            description = "Simulates the orbits of small bodies"  # shown on PyPI
            readme = "README.md"
            requires-python = ">=3.11"
            license = { text = "MIT" }  # SPDX identifiers once the backend supports them
            authors = [{ name = "Ada Lovelace", email = "ada@example.org" }]
            dependencies = [
                "numpy>=1.26",     # vectors and matrices
                "scipy>=1.11",     # integrators
                "rich>=13.7",      # terminal output
                "typer>=0.12",     # command line
            ]

            """;

    private static final String TAIL = """

            # Development dependencies, maintained by `uv add --dev`.
            [dependency-groups]
            dev = [
                "pytest>=8.2",  # test runner
                "ruff>=0.5",    # linter and formatter
            ]
            """;

    private static final List<String> CLASSIC_SECTIONS = List.of("""
            # Black: the code formatter. Keep line-length in sync with the linters.
            [tool.black]
            line-length = 88
            target-version = [
                "py311",  # oldest supported
                "py312",
                "py313",  # newest tested
            ]
            skip-string-normalization = false  # double quotes everywhere

            """, """
            # isort: import order, Black-compatible.
            [tool.isort]
            profile = "black"        # wrap like Black does
            known_first_party = ["orbital_sim"]
            src_paths = ["src", "tests"]

            """, """
            [tool.coverage.run]
            branch = true            # measure branches, not only lines
            source = ["orbital_sim"]
            omit = [
                "*/__main__.py",     # thin entry point
                "*/_version.py",     # generated
            ]

            [tool.coverage.report]
            # Fail CI below this percentage.
            fail_under = 85
            show_missing = true
            exclude_lines = [
                "pragma: no cover",
                "if TYPE_CHECKING:",     # typing-only imports
                "raise NotImplementedError",
            ]

            """);

    private static final List<String> TOOL_NAMES = List.of("pylint", "bandit", "codespell", "pyright",
            "pydocstyle", "commitizen", "towncrier", "bumpversion", "setuptools_scm", "cibuildwheel", "tox",
            "pdm", "hatch", "semantic_release", "interrogate", "vulture");

    private PyprojectFixture() {
    }

    /**
     * A document of about {@code kilobytes} KiB (never more than one table over, never less than
     * the head and tail, which make about 1 KiB together with {@code [tool.black]}).
     */
    public static String pyproject(int kilobytes) {
        int target = kilobytes * 1024;
        StringBuilder text = new StringBuilder(target + 2048).append(HEAD);
        for (int i = 0; text.length() + TAIL.length() < target; i++) {
            text.append(i < CLASSIC_SECTIONS.size() ? CLASSIC_SECTIONS.get(i) : toolSection(i - CLASSIC_SECTIONS.size()));
        }
        // The last section's trailing blank line is replaced by the one TAIL starts with.
        text.setLength(text.length() - 1);
        return text.append(TAIL).toString();
    }

    /**
     * A document of about {@code kilobytes} KiB in the shape of issue 16's report: a {@code [project]}
     * table, then, repeated, a {@code # section i} comment line and a {@code [tool.custom<i>]} table
     * with a commented key and an array, followed by one {@code [[tool.custom<i>.items]]} entry.
     * Nothing follows the last section, so the new tool tables go after it without moving; what
     * grows is the number of headers (about 9,000 in 1 MiB, half of them arrays of tables).
     */
    public static String customSections(int kilobytes) {
        int target = kilobytes * 1024;
        StringBuilder text = new StringBuilder(target + 512).append(CUSTOM_HEAD);
        for (int i = 0; text.length() < target; i++) {
            text.append(customSection(i));
        }
        return text.toString();
    }

    private static final String CUSTOM_HEAD = """
            [project]
            name = "many-sections"
            version = "1.0.0"
            requires-python = ">=3.11"
            dependencies = []

            """;

    private static String customSection(int i) {
        return """
                # section %1$d
                [tool.custom%1$d]
                # the level this tool runs at
                level = %2$d  # 0 to 9
                paths = ["src/part_%1$d", "tests/part_%1$d"]

                [[tool.custom%1$d.items]]
                name = "item %1$d"
                enabled = true

                """.formatted(i, i % 10);
    }

    /** The size of {@code text} in UTF-8 bytes. */
    public static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The {@code n}-th generated tool table (0-based); names repeat with a numeric suffix. */
    private static String toolSection(int n) {
        String base = TOOL_NAMES.get(n % TOOL_NAMES.size());
        int round = n / TOOL_NAMES.size();
        String name = round == 0 ? base : base + "-" + round;
        return """
                # %1$s: settings block %2$d. Reviewed in the quarterly tooling sweep.
                [tool.%1$s]
                enabled = true                 # switch the tool off without deleting its settings
                severity = "warning"           # one of: info, warning, error
                max-line-length = %3$d
                jobs = %4$d                        # parallel workers; 0 means one per core
                include = [
                    "src/orbital_sim/part_%2$d",   # library code
                    "tests/unit_%2$d",             # fast tests
                    "scripts/*.py",              # helper scripts
                ]
                exclude = ["build", "dist", ".venv"]  # never scanned

                [tool.%1$s.overrides]
                # Per-module adjustments; quoted keys because module names contain dots.
                "orbital_sim.legacy_%2$d" = { severity = "info", jobs = 1 }
                "orbital_sim.kernels_%2$d" = 'strict'
                timeout = %5$d.5                 # seconds

                """.formatted(name, n, 80 + n % 40, n % 8, 10 + n % 50);
    }
}
