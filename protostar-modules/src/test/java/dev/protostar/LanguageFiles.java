package dev.protostar;

/** Golden files of the language end-to-end tests, compared byte for byte. */
final class LanguageFiles {

    private LanguageFiles() {}

    private static final String HEADER = """
            # pre-commit: checks that git runs on every commit (https://pre-commit.com).
            # Protostar keeps the repositories it manages up to date and leaves every other line alone.
            repos:
            """;

    private static final String RUST = """
              - repo: https://github.com/doublify/pre-commit-rust
                rev: v1.0
                hooks:
                  - id: fmt
                  - id: clippy
            """;

    private static final String NODE = """
              - repo: https://github.com/rbubley/mirrors-prettier
                rev: v3.4.2
                hooks:
                  - id: prettier
              - repo: https://github.com/pre-commit/mirrors-eslint
                rev: v9.14.0
                hooks:
                  - id: eslint
            """;

    private static final String CPP_AND_LATEX = """
              - repo: https://github.com/pre-commit/mirrors-clang-format
                rev: v19.1.4
                hooks:
                  - id: clang-format
              - repo: https://github.com/WGUNDERWOOD/tex-fmt
                rev: v0.5.3
                hooks:
                  - id: tex-fmt
            """;

    private static final String GENERAL_HOOKS = """
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v5.0.0
                hooks:
                  - id: trailing-whitespace
                  - id: end-of-file-fixer
                  - id: check-yaml
                  - id: check-toml
                  - id: check-added-large-files
            """;

    private static final String RUFF = """
              - repo: https://github.com/astral-sh/ruff-pre-commit
                rev: v0.7.4
                hooks:
                  - id: ruff
                    args: [--fix]
                  - id: ruff-format
            """;

    /** {@code .pre-commit-config.yaml} of {@code rust().preCommit()}: language hooks first, in registry order. */
    static final String RUST_PRE_COMMIT_CONFIG = HEADER + RUST + GENERAL_HOOKS;

    /** {@code .pre-commit-config.yaml} of {@code node().preCommit()}. */
    static final String NODE_PRE_COMMIT_CONFIG = HEADER + NODE + GENERAL_HOOKS;

    /** {@code .pre-commit-config.yaml} with every language, Python (and so Ruff) and pre-commit. */
    static final String ALL_PRE_COMMIT_CONFIG = HEADER + RUST + NODE + CPP_AND_LATEX + GENERAL_HOOKS + RUFF;
}
