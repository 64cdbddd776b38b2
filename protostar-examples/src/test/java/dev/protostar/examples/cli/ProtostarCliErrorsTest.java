package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The errors a newcomer meets first: what they say, their exit codes, and that nothing is written. */
class ProtostarCliErrorsTest {

    @TempDir
    Path temp;

    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    private CliRun cli(String... args) {
        return CliRun.of(home, CliRun.withOwnHome(stubs.environment(), home), args);
    }

    private static JsonNode json(String text) throws IOException {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void initWithoutALanguageOrToolIsBadUsageNamingTheFlagsAndWritesNothing() throws IOException {
        CliRun run = cli("init", "--dir", "empty");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Nothing to set up: name a language (--python, --rust, --node, --cpp,"
                + " --latex) or a tool (--pre-commit, --direnv, --markdownlint).\n"
                + "Run 'protostar init --help' for the options.\n");
        assertThat(run.out()).isEmpty();
        assertThat(home.resolve("empty")).doesNotExist();
        assertThat(stubs.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--astro|--astro needs --python (-p).",
        "--scientific|--scientific needs --python (-p).",
        "--mypy|--mypy needs --python (-p).",
        "--pytest|--pytest needs --python (-p).",
        "--ruff|--ruff needs --python (-p).",
        "--mypy --pytest --ml|--mypy, --pytest and --ml need --python (-p)."})
    void pythonOnlyFlagsWithoutPythonAreBadUsage(String flags, String message) throws IOException {
        String[] args = ("init --node " + flags + " --dir p").split(" ");
        CliRun run = cli(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\nRun 'protostar init --help' for the options.\n");
        assertThat(home.resolve("p")).doesNotExist();
    }

    @Test
    void aPresetWithoutPythonIsAUsageErrorDocumentWithJson() throws IOException {
        CliRun run = cli("init", "--astro", "--json", "--dir", "p");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode document = json(run.out());
        assertThat(document.get("status").textValue()).isEqualTo("USAGE_ERROR");
        assertThat(document.get("exit_code").intValue()).isEqualTo(2);
        assertThat(document.get("error").get("message").textValue()).isEqualTo("--astro needs --python (-p).");
        assertThat(home.resolve("p")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "init --pyton|Unknown option: '--pyton'|Did you mean --python?|Run 'protostar init --help' for the options.",
        "init python|Unmatched argument at index 1: 'python'|Did you mean --python?|Run 'protostar init --help' for the options.",
        "init -p --no-rufff|Unknown option: '--no-rufff'|Did you mean --no-ruff?|Run 'protostar init --help' for the options.",
        "init -p --froce|Unknown option: '--froce'|Did you mean --force?|Run 'protostar init --help' for the options.",
        "int --python|Unknown command: 'int'|Did you mean init?|Run 'protostar --help' for the commands.",
        "genrate tex|Unknown command: 'genrate'|Did you mean generate?|Run 'protostar --help' for the commands.",
        "generate tex --dri x|Unknown option: '--dri'|Did you mean --dir?|Run 'protostar generate --help' for the options."})
    void aMisspeltFlagOrCommandGetsOneLineADidYouMeanAndThePointer(String line, String first, String second,
            String third) {
        CliRun run = cli(line.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(first + "\n" + second + "\n" + third + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWordFarFromEveryNameGetsNoGuess() {
        CliRun run = cli("init", "--bogus");

        assertThat(run.err()).isEqualTo("Unknown option: '--bogus'\nRun 'protostar init --help' for the options.\n");
    }

    @Test
    void spellingSuggestionsCountSwapsAsOneEditAndIgnoreCase() {
        assertThat(SpellingSuggestions.distance("pyhton", "python")).isEqualTo(1);
        assertThat(SpellingSuggestions.closest("--PYTON", java.util.List.of("--python", "--pytest", "-p")))
                .containsExactly("--python");
        assertThat(SpellingSuggestions.closest("cli", java.util.List.of("api", "ml"))).isEmpty();
    }

    /** A uv whose {@code init} takes far longer than any test waits. */
    static final String SLOW_UV_INIT = StubPath.UV.replace("""
              init)
            """, """
              init)
                sleep 30
            """);

    /** A uv whose {@code add} takes far longer than any test waits; {@code init} works. */
    static final String SLOW_UV_ADD = StubPath.UV.replace("""
              add)
                shift
            """, """
              add)
                sleep 30
                shift
            """);

    @Test
    void aMissingUvSaysWhereToGetItAndThatPipWorksWithoutIt() {
        CliRun run = CliRun.of(home, CliRun.withOwnHome(emptyPath(), home), "init", "-p", "--dir", "fresh");

        assertThat(run.exitCode()).isEqualTo(69);
        assertThat(run.err())
                .contains("ABORTED: Missing required programs: uv (needed by Python). Nothing was changed.")
                .contains("  hint: Install uv (https://docs.astral.sh/uv/getting-started/installation/), for example"
                        + " with `curl -LsSf https://astral.sh/uv/install.sh | sh` or `pipx install uv`. Without uv,"
                        + " use pip (CLI: --package-manager pip; configuration: python_package_manager = \"pip\"),"
                        + " which needs only python3. Then run again.\n");
        assertThat(home.resolve("fresh")).doesNotExist();
    }

    @Test
    void aDryRunWithAMissingProgramShowsThePlanThenWhatIsMissingAndExitsWith69() throws IOException {
        Path project = Files.createDirectories(home.resolve("planned"));
        Files.writeString(project.resolve(".gitignore"), "mine\n");

        CliRun run = CliRun.of(home, CliRun.withOwnHome(emptyPath(), home), "init", "-p", "--dry-run", "--dir",
                "planned");

        assertThat(run.exitCode()).isEqualTo(69);
        assertThat(run.out())
                .contains("uv init --no-workspace --bare --pin-python --python 3.13")
                .contains("+.venv/")
                .contains("DRY RUN: nothing was written and no command was run.");
        assertThat(run.err())
                .startsWith("WOULD FAIL: missing programs: uv (needed by Python). A real run stops before writing"
                        + " anything.\n  hint: Install uv (https://docs.astral.sh/uv/");
        assertThat(Files.readString(project.resolve(".gitignore"))).isEqualTo("mine\n");
        try (var entries = Files.list(project)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void aJsonDryRunWithAMissingProgramCarriesThePlanAndTheMissingList() throws IOException {
        CliRun run = CliRun.of(home, CliRun.withOwnHome(emptyPath(), home), "init", "-p", "--dry-run", "--json",
                "--dir", "not-yet");

        assertThat(run.exitCode()).isEqualTo(69);
        JsonNode document = json(run.out());
        assertThat(document.get("status").textValue()).isEqualTo("FAILED");
        assertThat(document.get("exit_code").intValue()).isEqualTo(69);
        assertThat(document.get("dry_run").booleanValue()).isTrue();
        assertThat(document.get("changes").size()).isGreaterThan(0);
        assertThat(document.get("tasks").get(0).get("command").get(0).textValue()).isEqualTo("uv");
        JsonNode missing = document.get("error").get("missing");
        assertThat(missing.size()).isEqualTo(1);
        assertThat(missing.get(0).get("name").textValue()).isEqualTo("uv");
        assertThat(missing.get(0).get("needed_by").get(0).textValue()).isEqualTo("Python");
        assertThat(home.resolve("not-yet")).doesNotExist();
    }

    private Map<String, String> emptyPath() {
        try {
            return StubPath.in(temp.resolve("empty-bin")).environment();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void timeoutStopsASlowTaskRestoresTheFolderAndNamesBothSettings() throws IOException {
        stubs.with("uv", SLOW_UV_INIT);
        Path project = Files.createDirectories(home.resolve("slow"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");

        CliRun run = cli("init", "-p", "--timeout", "1s", "--dir", "slow");

        assertThat(run.exitCode()).isEqualTo(75);
        assertThat(run.err())
                .contains("ABORTED: `uv init --no-workspace --bare --pin-python --python 3.13` timed out after 1 s"
                        + " (the task timeout; CLI: --timeout, configuration: [env] task_timeout).")
                .contains("hint: The command ran longer than 1 s. Raise the limit of every task with the task timeout"
                        + " (CLI: --timeout 10m; configuration: [env] task_timeout = \"10m\")");
        assertThat(ProtostarCliTest.snapshot(project)).containsExactly(Map.entry("notes.txt", "mine\n"));
    }

    @Test
    void taskTimeoutInTheProjectConfigurationAppliesToDependencyInstallsToo() throws IOException {
        stubs.with("uv", SLOW_UV_ADD);
        Path project = Files.createDirectories(home.resolve("configured"));
        Files.writeString(project.resolve(".protostar.toml"), "[env]\ntask_timeout = \"1s\"\n");

        CliRun run = cli("init", "-p", "--dir", "configured");

        // An optional task that times out is a warning, as any failure of it is (--strict makes it fatal).
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("PARTIAL SUCCESS")
                .contains("  - `uv add --dev -- ruff` timed out after 1 s (the task timeout; CLI: --timeout,"
                        + " configuration: [env] task_timeout).");

        CliRun strict = cli("init", "-p", "-f", "--strict", "--dir", "configured");
        assertThat(strict.exitCode()).isEqualTo(75);
        assertThat(strict.err()).contains("ABORTED: `uv add --dev -- ruff` timed out after 1 s");
    }

    @Test
    void theTimeoutFlagBeatsTheConfiguration() throws IOException {
        Path project = Files.createDirectories(home.resolve("flagged"));
        Files.writeString(project.resolve(".protostar.toml"), "[env]\ntask_timeout = \"1s\"\n");
        stubs.with("uv", StubPath.UV.replace("""
                  add)
                    shift
                """, """
                  add)
                    sleep 2
                    shift
                """));

        CliRun run = cli("init", "-p", "--timeout", "2m", "--dir", "flagged");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "task_timeout = \"10x\"|env.task_timeout = \"10x\" is not a duration such as 90s, 10m or 1h30m.",
        "task_timeout = \"0s\"|env.task_timeout = \"0s\" is too short: a task timeout must be longer than 0 s.",
        "task_timeout = \"25h\"|env.task_timeout = \"25h\" is too long: a task timeout is at most a day (24h).",
        "task_timeout = 600|env.task_timeout must be a string such as \"10m\", not the integer 600."})
    void aBadTaskTimeoutIsAConfigurationErrorNamingFileLineKeyAndValue(String line, String message)
            throws IOException {
        Path project = Files.createDirectories(home.resolve("bad"));
        Path config = project.resolve(".protostar.toml");
        Files.writeString(config, "# mine\n[env]\n" + line + "\n");

        CliRun run = cli("init", "-p", "--dir", "bad");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("ABORTED: " + config + ":3: " + message + "\n")
                .contains("hint: Write a duration in quotes");
        assertThat(stubs.calls()).isEmpty();
        assertThat(ProtostarCliTest.snapshot(project)).containsOnlyKeys(".protostar.toml");
    }

    @Test
    void aBadTimeoutFlagIsBadUsage() {
        CliRun run = cli("init", "-p", "--timeout", "soon", "--dir", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Invalid value for option '--timeout': \"soon\" is not a duration such as"
                + " 90s, 10m or 1h30m.\nRun 'protostar init --help' for the options.\n");
    }

    @Test
    void strictMakesAFailedDependencyInstallFailTheRunAndRestoresTheFolder() throws IOException {
        stubs.with("uv", StubPath.UV_OFFLINE);
        Path project = Files.createDirectories(home.resolve("offline"));
        Files.writeString(project.resolve("notes.txt"), "mine\n");

        CliRun run = cli("init", "-p", "--strict", "--dir", "offline");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("ABORTED: `uv add --dev -- ruff` failed with exit code 1.")
                .contains("Failed to fetch");
        assertThat(run.out()).doesNotContain("PARTIAL SUCCESS");
        assertThat(ProtostarCliTest.snapshot(project)).containsExactly(Map.entry("notes.txt", "mine\n"));
    }

    @Test
    void strictWithJsonIsAFailedDocument() throws IOException {
        stubs.with("uv", StubPath.UV_OFFLINE);

        CliRun run = cli("init", "-p", "--strict", "--json", "--dir", "offline");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode document = json(run.out());
        assertThat(document.get("status").textValue()).isEqualTo("FAILED");
        assertThat(document.get("error").get("type").textValue()).isEqualTo("TaskFailedException");
        assertThat(home.resolve("offline")).doesNotExist();
    }

    @Test
    void dockerForAPipProjectWritesAPipDockerfile() throws IOException {
        CliRun run = cli("init", "-p", "--package-manager", "pip", "--python-version", "3.12", "--docker",
                "--dry-run", "--dir", "pip-app");

        assertThat(run.exitCode()).as(run.err()).isIn(0, 69); // python3.12 may be missing here; the plan shows either way
        assertThat(run.out()).contains("+FROM python:3.12-slim-bookworm\n").contains("+COPY requirements.txt ./\n")
                .contains("+    pip install -r requirements.txt\n").doesNotContain("astral-sh/uv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--node", "--rust", "--cpp", "--latex"})
    void dockerWithoutPythonIsRefusedWithTheReason(String language) throws IOException {
        CliRun run = cli("init", language, "--docker", "--dir", "app");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--docker needs --python (-p): Protostar writes Dockerfiles for Python"
                + " projects (uv or pip) only, none for Rust, Node, C++ or LaTeX.\n"
                + "Run 'protostar init --help' for the options.\n");
        assertThat(home.resolve("app")).doesNotExist();
    }

    @Test
    void cmakeInAFolderWithoutSourcesIsRefusedAndLeavesNoFolderBehind() throws IOException {
        CliRun fresh = cli("generate", "cmake", "--dir", "rover");

        assertThat(fresh.exitCode()).isEqualTo(2);
        assertThat(fresh.err()).isEqualTo("Invalid folder for cmake \"rover\": it holds no C++ sources (*.cpp, *.cc,"
                + " *.cxx), and CMake refuses an executable without any. Add a source such as main.cpp (`protostar"
                + " generate cpp-class NAME` writes a class), then run cmake again.\n"
                + "Run 'protostar generate --help' for the options.\n");
        assertThat(fresh.out()).doesNotContain("SUCCESS");
        assertThat(home.resolve("rover")).doesNotExist();

        Path headersOnly = Files.createDirectories(home.resolve("headers"));
        Files.writeString(headersOnly.resolve("motor.hpp"), "#pragma once\n");
        assertThat(cli("generate", "cmake", "--dir", "headers").exitCode()).isEqualTo(2);
        assertThat(ProtostarCliTest.snapshot(headersOnly)).containsOnlyKeys("motor.hpp");
    }

    @Test
    void pioWithAPlatformWritesABoardProtostarDoesNotKnow() throws IOException {
        CliRun run = cli("generate", "pio", "arduino_uno_q", "--platform", "ststm32", "--dir", "board");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(Files.readString(home.resolve("board/platformio.ini")))
                .contains("[env:arduino_uno_q]\nplatform = ststm32\nboard = arduino_uno_q\nframework = arduino\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "generate tex --platform ststm32|Invalid platform \"ststm32\": tex takes no platform; only pio does. Run it as:"
                + " tex [NAME].",
        "generate pio uno --platform Espressif 32|Invalid platform \"Espressif 32\": a PlatformIO platform id has only"
                + " lower-case letters, digits, _ and -. Use the id `pio boards BOARD` lists in its platform column,"
                + " such as espressif32."})
    void aPlatformWhereItDoesNotFitIsBadUsage(String line, String message) {
        String[] args = line.startsWith("generate pio")
                ? new String[] {"generate", "pio", "uno", "--platform", "Espressif 32", "--dir", "b"}
                : (line + " --dir b").split(" ");
        CliRun run = cli(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\nRun 'protostar generate --help' for the options.\n");
        assertThat(home.resolve("b")).doesNotExist();
    }
}
