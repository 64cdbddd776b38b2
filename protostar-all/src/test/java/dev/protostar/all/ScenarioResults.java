package dev.protostar.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** What {@code src/test/hosts/scenario/.../Scenario.java} must have printed, on any class or module path. */
final class ScenarioResults {

    private ScenarioResults() {}

    /** The TOML, JSONC and YAML engines all ran: the host's text kept byte for byte, Protostar's added. */
    static void assertMergedEverything(Map<String, String> printed) {
        assertThat(printed.get("status")).isEqualTo("SUCCESS\n");
        assertThat(printed.get("pyproject.toml"))
                .startsWith("""
                        [project]
                        name = "orbital-sim"
                        version = "0.1.0"

                        [tool.ruff]
                        line-length = 100 # the host's width
                        """)
                .contains("\n[tool.ruff.lint]\n", "\n[tool.mypy]\n");
        assertThat(printed.get(".vscode/settings.json"))
                .startsWith("""
                        {
                          // the host's own setting
                          "editor.rulers": [100],
                        """)
                .contains("\"python.defaultInterpreterPath\": ")
                .endsWith("}\n");
        assertThat(printed.get(".pre-commit-config.yaml"))
                .startsWith("""
                        repos:
                          - repo: https://github.com/pre-commit/pre-commit-hooks
                            rev: v5.0.0
                            hooks:
                              - id: trailing-whitespace
                        """)
                .contains("  - repo: https://github.com/astral-sh/ruff-pre-commit\n", "      - id: mypy\n");
        assertThat(printed.get(".gitignore").lines()).as("the host's own module ran").contains(".host-cache/");
    }

    /**
     * The modules {@code Protostar.availableModules()} found: the built-in ones exactly as {@code
     * builtIn} lists them, and the host's own module once, wherever its category puts it.
     */
    static void assertFoundEveryModule(Map<String, String> printed, List<String> builtIn) {
        List<String> found = printed.get("modules").lines().toList();
        assertThat(found).filteredOn(HOST_MODULE::equals).hasSize(1);
        assertThat(found).filteredOn(m -> !m.equals(HOST_MODULE)).containsExactlyElementsOf(builtIn);
    }

    private static final String HOST_MODULE = "org.example.host.HostModule";
}
