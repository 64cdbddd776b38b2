package dev.protostar.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LockCodec}: the exact text written, exact round trips, and every refusal of an untrusted lock. */
class LockCodecTest {

    private static TypedValue.Str str(String value) {
        return new TypedValue.Str(value);
    }

    private static TypedValue.Int num(long value) {
        return new TypedValue.Int(value);
    }

    private static Map<Slot, TypedValue> members(List<String> keyPath, String... lines) {
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        for (String line : lines) {
            slots.put(Slot.member(keyPath, str(line)), str(line));
        }
        return slots;
    }

    /** A Python project with ruff, mypy, pytest, pre-commit, VS Code, direnv and Docker, as a sync would record it. */
    static ProjectLock realisticLock() {
        Map<Slot, TypedValue> pyproject = new LinkedHashMap<>();
        pyproject.put(Slot.key(List.of("tool", "ruff", "line-length")), num(88));
        for (String rule : List.of("I", "E", "F")) {
            pyproject.put(Slot.member(List.of("tool", "ruff", "lint", "select"), str(rule)), str(rule));
        }
        pyproject.put(Slot.key(List.of("tool", "mypy", "strict")), new TypedValue.Bool(true));
        pyproject.put(Slot.key(List.of("tool", "coverage", "report", "fail_under")), new TypedValue.Flt(90.0));
        pyproject.put(Slot.member(List.of("tool", "pytest", "ini_options", "testpaths"), str("tests")), str("tests"));
        pyproject.put(Slot.member(List.of("dependency-groups", "dev"), str("ruff>=0.8")), str("ruff>=0.8"));

        Map<Slot, TypedValue> settings = new LinkedHashMap<>();
        settings.put(Slot.key(List.of("python.defaultInterpreterPath")), str("${workspaceFolder}/.venv/bin/python"));
        settings.put(Slot.key(List.of("files.exclude")), new TypedValue.Tbl(Map.of(
                "**/__pycache__", new TypedValue.Bool(true), "**/.mypy_cache", new TypedValue.Bool(true))));
        settings.put(Slot.member(List.of("editor.rulers"), num(88)), num(88));
        settings.put(Slot.key(List.of("[python]", "editor.defaultFormatter")), new TypedValue.Null());

        TypedValue hooks = new TypedValue.Tbl(Map.of("id", str("ruff"), "args", TypedValue.array(List.of(str("--fix")))));
        Map<Slot, TypedValue> preCommit = new LinkedHashMap<>();
        preCommit.put(Slot.key(List.of("repos", "https://github.com/astral-sh/ruff-pre-commit", "rev")), str("v0.8.0"));
        preCommit.put(Slot.member(List.of("repos", "https://github.com/astral-sh/ruff-pre-commit", "hooks"), hooks), hooks);

        Map<Slot, TypedValue> envrc = Map.of(Slot.key(List.of("python")),
                str("source .venv/bin/activate\nexport PYTHONPATH=\"$PWD/src\"\n"));
        Map<Slot, TypedValue> wholeFile = Map.of(Slot.key(List.of()),
                str("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

        LockedRequest request = new LockedRequest(List.of("python"), List.of("ruff", "mypy", "pytest", "pre-commit"),
                List.of(), List.of("docker", "direnv", "vscode"), Map.of("python_version", "3.13", "package_manager", "uv"),
                List.of(), List.of("ruff", "mypy", "pytest"), List.of("git init", "uv init --bare"));
        return new ProjectLock(1, "0.1.0", request, List.of(
                new ManagedFile(WorkspacePath.of("pyproject.toml"), FilePolicy.STRUCTURED_TOML, pyproject, false),
                new ManagedFile(WorkspacePath.of(".vscode/settings.json"), FilePolicy.STRUCTURED_JSONC, settings, false),
                new ManagedFile(WorkspacePath.of(".gitignore"), FilePolicy.IGNORE_LINES,
                        members(List.of(), ".venv/", "__pycache__/", ".envrc"), false),
                new ManagedFile(WorkspacePath.of(".envrc"), FilePolicy.TEXT_REGION, envrc, false),
                new ManagedFile(WorkspacePath.of(".pre-commit-config.yaml"), FilePolicy.STRUCTURED_YAML, preCommit, false),
                new ManagedFile(WorkspacePath.of("Dockerfile"), FilePolicy.SEED_ONCE, wholeFile, true),
                new ManagedFile(WorkspacePath.of("main.py"), FilePolicy.GENERATED, wholeFile, false)));
    }

    static final String REALISTIC_TEXT = """
            # Written by Protostar: commit it with the project.
            # Change it with `protostar sync`, not by hand.
            schema_version = 1
            producer_version = "0.1.0"

            [request]
            languages = ["python"]
            tools = ["ruff", "mypy", "pytest", "pre-commit"]
            presets = []
            modules = ["docker", "direnv", "vscode"]
            dependencies = []
            dev_dependencies = ["ruff", "mypy", "pytest"]
            tasks = ["git init", "uv init --bare"]

            [request.options]
            package_manager = "uv"
            python_version = "3.13"

            [[files]]
            path = ".envrc"
            policy = "text-region"

            [[files.owned]]
            key = ["python"]
            value = "source .venv/bin/activate\\nexport PYTHONPATH=\\"$PWD/src\\"\\n"

            [[files]]
            path = ".gitignore"
            policy = "ignore-lines"

            [[files.owned]]
            key = []
            member = ".envrc"

            [[files.owned]]
            key = []
            member = ".venv/"

            [[files.owned]]
            key = []
            member = "__pycache__/"

            [[files]]
            path = ".pre-commit-config.yaml"
            policy = "structured-yaml"

            [[files.owned]]
            key = ["repos", "https://github.com/astral-sh/ruff-pre-commit", "hooks"]
            member = { args = ["--fix"], id = "ruff" }

            [[files.owned]]
            key = ["repos", "https://github.com/astral-sh/ruff-pre-commit", "rev"]
            value = "v0.8.0"

            [[files]]
            path = ".vscode/settings.json"
            policy = "structured-jsonc"

            [[files.owned]]
            key = ["[python]", "editor.defaultFormatter"]
            value = "null"
            value_nulls = [[]]

            [[files.owned]]
            key = ["editor.rulers"]
            member = 88

            [[files.owned]]
            key = ["files.exclude"]
            value = { "**/.mypy_cache" = true, "**/__pycache__" = true }

            [[files.owned]]
            key = ["python.defaultInterpreterPath"]
            value = "${workspaceFolder}/.venv/bin/python"

            [[files]]
            path = "Dockerfile"
            policy = "seed-once"
            declined = true

            [[files.owned]]
            key = []
            value = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

            [[files]]
            path = "main.py"
            policy = "generated"

            [[files.owned]]
            key = []
            value = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

            [[files]]
            path = "pyproject.toml"
            policy = "structured-toml"

            [[files.owned]]
            key = ["dependency-groups", "dev"]
            member = "ruff>=0.8"

            [[files.owned]]
            key = ["tool", "coverage", "report", "fail_under"]
            value = 90.0

            [[files.owned]]
            key = ["tool", "mypy", "strict"]
            value = true

            [[files.owned]]
            key = ["tool", "pytest", "ini_options", "testpaths"]
            member = "tests"

            [[files.owned]]
            key = ["tool", "ruff", "line-length"]
            value = 88

            [[files.owned]]
            key = ["tool", "ruff", "lint", "select"]
            member = "E"

            [[files.owned]]
            key = ["tool", "ruff", "lint", "select"]
            member = "F"

            [[files.owned]]
            key = ["tool", "ruff", "lint", "select"]
            member = "I"
            """;

    @Test
    void writesARealisticLockByteForByte() {
        assertThat(LockCodec.write(realisticLock())).isEqualTo(REALISTIC_TEXT);
    }

    @Test
    void readsTheRealisticLockBackExactly() {
        ProjectLock lock = realisticLock();

        assertThat(LockCodec.read(REALISTIC_TEXT)).isEqualTo(lock);
        assertThat(LockCodec.read(REALISTIC_TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(lock);
    }

    @Test
    void theSameLockInAnotherOrderGivesTheSameBytes() {
        ProjectLock lock = realisticLock();
        List<ManagedFile> files = new java.util.ArrayList<>(lock.files().stream().map(file -> {
                    Map<Slot, TypedValue> reversed = new LinkedHashMap<>();
                    List<Map.Entry<Slot, TypedValue>> entries = List.copyOf(file.baseline().entrySet());
                    for (int i = entries.size() - 1; i >= 0; i--) {
                        reversed.put(entries.get(i).getKey(), entries.get(i).getValue());
                    }
                    return new ManagedFile(file.path(), file.policy(), reversed, file.declined());
                }).toList());
        java.util.Collections.reverse(files);
        ProjectLock shuffled = new ProjectLock(lock.schemaVersion(), lock.producerVersion(), lock.request(), files);

        assertThat(LockCodec.write(shuffled)).isEqualTo(REALISTIC_TEXT);
    }

    @Test
    void emptyProjectHasNoFilesAndNoOptions() {
        ProjectLock lock = new ProjectLock(1, "0.1.0", LockedRequest.empty(), List.of());

        String text = LockCodec.write(lock);

        assertThat(text).isEqualTo("""
                # Written by Protostar: commit it with the project.
                # Change it with `protostar sync`, not by hand.
                schema_version = 1
                producer_version = "0.1.0"

                [request]
                languages = []
                tools = []
                presets = []
                modules = []
                dependencies = []
                dev_dependencies = []
                tasks = []
                """);
        assertThat(LockCodec.read(text)).isEqualTo(lock);
    }

    // --- round trips of tricky values --------------------------------------------------------------

    private static ProjectLock lockWith(Map<Slot, TypedValue> baseline) {
        return new ProjectLock(1, "0.1.0", LockedRequest.empty(),
                List.of(new ManagedFile(WorkspacePath.of("x.json"), FilePolicy.STRUCTURED_JSONC, baseline, false)));
    }

    private static void assertRoundTrip(Map<Slot, TypedValue> baseline) {
        ProjectLock lock = lockWith(baseline);
        String text = LockCodec.write(lock);
        assertThat(LockCodec.read(text)).isEqualTo(lock);
        assertThat(LockCodec.write(LockCodec.read(text))).isEqualTo(text);
    }

    @Test
    void stringsWithQuotesNewlinesUnicodeAndControlsRoundTrip() {
        List<String> texts = List.of("", "\"quoted\" and 'single'", "back\\slash\\n", "line\nbreak\r\n\ttab",
                "\u0000nul \u0007 bell \u007f del \u0085 nel", "é ü 漢字 😀 \uD83D\uDC68\u200D\uD83D\uDC69",
                "right\u202Eto left \u2028 \uFEFF",
                "\uD836\uDC85 (U+1D885, whose low 16 bits look like a surrogate)", "\"\"\" ''' ${x} #not-a-comment", "key = \"value\"\n[table]");
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            baseline.put(Slot.key(List.of("k" + i)), str(texts.get(i)));
            baseline.put(Slot.member(List.of("m"), str(texts.get(i))), str(texts.get(i)));
            baseline.put(Slot.key(List.of(texts.get(i), "nested")), str(texts.get(i)));
        }
        assertRoundTrip(baseline);
    }

    @Test
    void invisibleCharactersAreEscapedSoTheLockReadsAsItIs() {
        String text = LockCodec.write(lockWith(Map.of(Slot.key(List.of("a")), str("x\u202Ey\u0000z\u200B"))));

        assertThat(text).contains("value = \"x\\u202Ey\\u0000z\\u200B\"\n");
    }

    @Test
    void keysWithDotsSpacesAndEmptySegmentsRoundTrip() {
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        baseline.put(Slot.key(List.of("a.b", "c d", "", "[python]", "ü")), num(1));
        baseline.put(Slot.key(List.of()), str("sha256:00"));
        baseline.put(Slot.member(List.of(), str("line")), str("line"));
        baseline.put(Slot.key(List.of("t")), new TypedValue.Tbl(Map.of("a.b", num(1), "", num(2), "c d", num(3),
                "\"q\"", num(4), "bare-key_1", num(5))));
        assertRoundTrip(baseline);
    }

    @Test
    void numbersKeepTheirTypeAndEveryBit() {
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        List<TypedValue> values = List.of(num(1), new TypedValue.Flt(1.0), str("1"), num(Long.MIN_VALUE),
                num(Long.MAX_VALUE), num(0), new TypedValue.Flt(-0.0), new TypedValue.Flt(0.0),
                new TypedValue.Flt(Double.NaN), new TypedValue.Flt(Double.POSITIVE_INFINITY),
                new TypedValue.Flt(Double.NEGATIVE_INFINITY), new TypedValue.Flt(Double.MIN_VALUE),
                new TypedValue.Flt(Double.MAX_VALUE), new TypedValue.Flt(1e-5), new TypedValue.Flt(1.0e22),
                new TypedValue.Flt(0.1 + 0.2), new TypedValue.Bool(false));
        for (TypedValue value : values) {
            baseline.put(Slot.member(List.of("m"), value), value);
            baseline.put(Slot.key(List.of("k", value.display() + "/" + value.getClass().getSimpleName())), value);
        }
        assertRoundTrip(baseline);
    }

    @Test
    void nullsAnywhereRoundTripAndAreListedBesideTheirValue() {
        TypedValue nested = TypedValue.array(List.of(str("a"), new TypedValue.Null(), new TypedValue.Tbl(Map.of(
                "b", new TypedValue.Null(), "c", str("null"), "d", TypedValue.array(List.of(new TypedValue.Null()))))));
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        baseline.put(Slot.key(List.of("nested")), nested);
        baseline.put(Slot.key(List.of("whole")), new TypedValue.Null());
        baseline.put(Slot.key(List.of("string")), str("null"));
        baseline.put(Slot.member(List.of("m"), new TypedValue.Null()), new TypedValue.Null());
        baseline.put(Slot.member(List.of("m"), str("null")), str("null"));
        assertRoundTrip(baseline);

        String text = LockCodec.write(lockWith(Map.of(Slot.key(List.of("nested")), nested)));
        assertThat(text).contains("""
                value = ["a", "null", { b = "null", c = "null", d = ["null"] }]
                value_nulls = [[1], [2, "b"], [2, "d", 0]]
                """);
    }

    @Test
    void datesAndTimesAreNativeTomlOfTheirKind() {
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        baseline.put(Slot.key(List.of("odt")), new TypedValue.DateTime("offset-date-time", "1979-05-27T07:32:00Z"));
        baseline.put(Slot.key(List.of("odt2")), new TypedValue.DateTime("offset-date-time", "1979-05-27T00:32:00.999999-07:00"));
        baseline.put(Slot.key(List.of("ldt")), new TypedValue.DateTime("local-date-time", "1979-05-27T07:32:00"));
        baseline.put(Slot.key(List.of("ld")), new TypedValue.DateTime("local-date", "1979-05-27"));
        baseline.put(Slot.key(List.of("lt")), new TypedValue.DateTime("local-time", "00:32:00.5"));
        baseline.put(Slot.key(List.of("str")), str("1979-05-27"));

        String text = LockCodec.write(lockWith(baseline));

        assertThat(text).contains("value = 1979-05-27T07:32:00Z\n", "value = 1979-05-27T00:32:00.999999-07:00\n",
                "value = 1979-05-27T07:32:00\n", "value = 1979-05-27\n", "value = 00:32:00.5\n",
                "value = \"1979-05-27\"\n");
        assertThat(text).doesNotContain("_datetimes");
        assertRoundTrip(baseline);
    }

    @Test
    void datesInAnotherSpellingKeepTheirTextExactly() {
        TypedValue spaced = new TypedValue.DateTime("local-date-time", "1979-05-27 07:32:00");
        TypedValue noSeconds = new TypedValue.DateTime("local-time", "07:32");
        TypedValue notADate = new TypedValue.DateTime("local-date", "tomorrow");
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        baseline.put(Slot.key(List.of("spaced")), spaced);
        baseline.put(Slot.key(List.of("list")), TypedValue.array(List.of(noSeconds, new TypedValue.Tbl(Map.of("d", notADate)))));
        assertRoundTrip(baseline);

        assertThat(LockCodec.write(lockWith(Map.of(Slot.key(List.of("spaced")), spaced)))).contains("""
                value = "1979-05-27 07:32:00"
                value_datetimes = [{ at = [], kind = "local-date-time", text = "1979-05-27 07:32:00" }]
                """);
    }

    @Test
    void emptyAndNestedContainersRoundTrip() {
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        baseline.put(Slot.key(List.of("ea")), TypedValue.array(List.of()));
        baseline.put(Slot.key(List.of("et")), new TypedValue.Tbl(Map.of()));
        baseline.put(Slot.key(List.of("es")), str(""));
        baseline.put(Slot.member(List.of("m"), TypedValue.array(List.of())), TypedValue.array(List.of()));
        baseline.put(Slot.member(List.of("m"), new TypedValue.Tbl(Map.of())), new TypedValue.Tbl(Map.of()));
        TypedValue deep = num(1);
        for (int i = 0; i < LockCodec.MAX_DEPTH; i++) {
            deep = i % 2 == 0 ? TypedValue.array(List.of(deep)) : new TypedValue.Tbl(Map.of("k", deep));
        }
        baseline.put(Slot.key(List.of("deep")), deep);
        assertRoundTrip(baseline);
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        assertThat(LockCodec.read("\uFEFF" + REALISTIC_TEXT)).isEqualTo(realisticLock());
    }

    @Test
    void unknownTopLevelKeysAreIgnored() {
        String text = REALISTIC_TEXT.replace("producer_version = \"0.1.0\"\n",
                "producer_version = \"0.1.0\"\ngenerated_by_ci = \"nightly\"\n[provenance]\nhost = \"x\"\n");

        assertThat(LockCodec.read(text)).isEqualTo(realisticLock());
    }

    // --- refusals --------------------------------------------------------------------------------

    private static ConfigurationException refusal(String text) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> LockCodec.read(text));
        assertThat(thrown).isInstanceOf(ConfigurationException.class);
        ConfigurationException error = (ConfigurationException) thrown;
        assertThat(error.exitCode()).isEqualTo(78);
        assertThat(error.getMessage()).startsWith("protostar.lock");
        assertThat(error.hint()).isPresent();
        return error;
    }

    private static final String MINIMAL = """
            schema_version = 1
            producer_version = "0.1.0"
            [request]
            languages = []
            tools = []
            presets = []
            modules = []
            dependencies = []
            dev_dependencies = []
            tasks = []
            """;

    private static String withFile(String fileLines) {
        return MINIMAL + "[[files]]\n" + fileLines;
    }

    @Test
    void minimalLockReads() {
        assertThat(LockCodec.read(MINIMAL)).isEqualTo(new ProjectLock(1, "0.1.0", LockedRequest.empty(), List.of()));
    }

    @Test
    void refusesSyntaxErrorsWithLineAndColumn() {
        ConfigurationException error = refusal(MINIMAL + "[[files]]\npath = \"a\"\npolicy = \n");

        assertThat(error.getMessage()).startsWith("protostar.lock:13:10: is not valid TOML: ");
        assertThat(error.hint().orElseThrow()).contains("git checkout -- protostar.lock", "nothing was changed");
    }

    @Test
    void refusesALockOverTheSizeLimitBeforeParsingIt() {
        String huge = MINIMAL + "# " + "x".repeat(LockCodec.MAX_BYTES) + "\n";

        assertThat(refusal(huge).getMessage()).contains("more than the 1048576 bytes (1 MiB) a lock may have");
        assertThatThrownBy(() -> LockCodec.read(huge.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("1 MiB");
    }

    @Test
    void refusesALockWithMoreStructureThanTheLimitBeforeParsingIt() {
        String ints = MINIMAL + "[[files]]\npath = \"a\"\npolicy = \"generated\"\n[[files.owned]]\nkey = []\nvalue = ["
                + "1,".repeat(LockCodec.MAX_STRUCTURE) + "1]\n";

        assertThat(refusal(ints).getMessage()).isEqualTo("protostar.lock: holds 100043 values and lines (counted as line"
                + " breaks, '=', ',', '[' and '{'), more than the 100000 a lock may have");
        assertThat(refusal(MINIMAL + "x = " + "[".repeat(LockCodec.MAX_STRUCTURE) + "\n").getMessage())
                .contains("more than the 100000 a lock may have");
    }

    @Test
    void countsTheSizeInUtf8Bytes() {
        String text = MINIMAL + "# " + "é".repeat(LockCodec.MAX_BYTES / 2) + "\n";

        assertThat(text.length()).isLessThan(LockCodec.MAX_BYTES);
        assertThat(refusal(text).getMessage()).contains("1 MiB");
    }

    @Test
    void refusesMalformedUtf8() {
        byte[] bytes = (MINIMAL + "# x\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xC3;

        assertThatThrownBy(() -> LockCodec.read(bytes)).isInstanceOf(ConfigurationException.class)
                .hasMessage("protostar.lock: is not UTF-8 text");
    }

    @Test
    void refusesALockFromANewerSchemaNamingBothVersions() {
        ConfigurationException error = refusal(MINIMAL.replace("schema_version = 1", "schema_version = 2")
                .replace("producer_version = \"0.1.0\"", "producer_version = \"9.4.1\"")
                + "[[files]]\nnew_shape = \"whatever\"\n");

        assertThat(error.getMessage()).isEqualTo("protostar.lock was written by Protostar 9.4.1 (schema 2); this is"
                + " Protostar " + ProducerVersion.current() + ", which reads schema 1: upgrade Protostar");
    }

    @Test
    void refusesAMissingOrMistypedSchemaVersion() {
        assertThat(refusal(MINIMAL.replace("schema_version = 1\n", "")).getMessage())
                .isEqualTo("protostar.lock: has no schema_version, so it was not written by Protostar");
        assertThat(refusal(MINIMAL.replace("schema_version = 1", "schema_version = \"1\"")).getMessage())
                .isEqualTo("protostar.lock:1: schema_version must be an integer");
        assertThat(refusal(MINIMAL.replace("schema_version = 1", "schema_version = 0")).getMessage())
                .isEqualTo("protostar.lock:1: schema_version 0 is not a schema Protostar ever wrote");
    }

    @Test
    void refusesAMissingOrMistypedRequest() {
        assertThat(refusal(MINIMAL.replace("producer_version = \"0.1.0\"\n", "")).getMessage())
                .isEqualTo("protostar.lock: producer_version is missing");
        assertThat(refusal(MINIMAL.replace("producer_version = \"0.1.0\"", "producer_version = 1")).getMessage())
                .isEqualTo("protostar.lock:2: producer_version must be a string");
        assertThat(refusal(MINIMAL.replace("tools = []", "tools = [\"ruff\", 3]")).getMessage())
                .isEqualTo("protostar.lock:5: request.tools must be an array of strings");
        assertThat(refusal(MINIMAL.replace("tasks = []\n", "")).getMessage())
                .isEqualTo("protostar.lock: request.tasks is missing");
        assertThat(refusal(MINIMAL + "[request.options]\npackage_manager = 1\n").getMessage())
                .isEqualTo("protostar.lock:12: request.options.package_manager must be a string");
        assertThat(refusal(MINIMAL + "frameworks = []\n").getMessage())
                .startsWith("protostar.lock:11: unknown key frameworks in request; known: [");
        assertThat(refusal("schema_version = 1\nproducer_version = \"0.1.0\"\n").getMessage())
                .isEqualTo("protostar.lock: has no [request] table");
    }

    @Test
    void refusesAnUnknownPolicy() {
        assertThat(refusal(withFile("path = \"a.toml\"\npolicy = \"rewrite-everything\"\n")).getMessage())
                .isEqualTo("protostar.lock:13: unknown policy \"rewrite-everything\" for a.toml; known: [structured-toml,"
                        + " structured-jsonc, structured-yaml, ignore-lines, text-region, seed-once, generated]");
    }

    @Test
    void refusesPathsThatLeaveTheProject() {
        assertThat(refusal(withFile("path = \"/etc/passwd\"\npolicy = \"seed-once\"\n")).getMessage())
                .isEqualTo("protostar.lock:12: path \"/etc/passwd\" is not a relative path inside the project:"
                        + " it is absolute; use a path relative to the workspace root");
        assertThat(refusal(withFile("path = \"src/../../x\"\npolicy = \"seed-once\"\n")).getMessage())
                .contains("'..' would leave the workspace root");
        assertThat(refusal(withFile("path = \"a\\\\b\"\npolicy = \"seed-once\"\n")).getMessage())
                .contains("it contains a backslash");
        assertThat(refusal(withFile("path = \"a\\u0000b\"\npolicy = \"seed-once\"\n")).getMessage())
                .isEqualTo("protostar.lock:12: path \"a\\u0000b\" is not a relative path inside the project:"
                        + " it contains a NUL character");
        assertThat(refusal(withFile("path = \"\"\npolicy = \"seed-once\"\n")).getMessage())
                .contains("it is empty");
        assertThat(refusal(withFile("path = \"C:/x\"\npolicy = \"seed-once\"\n")).getMessage())
                .contains("it is absolute");
    }

    @Test
    void refusesPathsIntoGitAndProtostarState() {
        assertThat(refusal(withFile("path = \".git/hooks/pre-commit\"\npolicy = \"seed-once\"\n")).getMessage())
                .isEqualTo("protostar.lock:12: path .git/hooks/pre-commit may not be managed: it lies in a .git folder,"
                        + " which belongs to git");
        assertThat(refusal(withFile("path = \"vendor/lib/.GIT/config\"\npolicy = \"seed-once\"\n")).getMessage())
                .contains("it lies in a .git folder");
        assertThat(refusal(withFile("path = \".protostar/journal\"\npolicy = \"seed-once\"\n")).getMessage())
                .isEqualTo("protostar.lock:12: path .protostar/journal may not be managed: it lies in .protostar,"
                        + " Protostar's own state");
        assertThat(refusal(withFile("path = \"protostar.lock\"\npolicy = \"seed-once\"\n")).getMessage())
                .contains("it is the lock itself");
        assertThat(LockCodec.read(withFile("path = \".github/workflows/ci.yml\"\npolicy = \"seed-once\"\n"))
                .files()).hasSize(1);
    }

    @Test
    void refusesDuplicatePaths() {
        assertThat(refusal(withFile("path = \"a.toml\"\npolicy = \"seed-once\"\n[[files]]\npath = \"a.toml\"\n"
                + "policy = \"generated\"\n")).getMessage())
                .isEqualTo("protostar.lock:14: lists a.toml twice (also at line 11)");
    }

    @Test
    void refusesDuplicateSlots() {
        assertThat(refusal(withFile("path = \"a.toml\"\npolicy = \"structured-toml\"\n"
                + "[[files.owned]]\nkey = [\"a\"]\nmember = 1\n[[files.owned]]\nkey = [\"a\"]\nmember = 1\n")).getMessage())
                .isEqualTo("protostar.lock:17: lists the slot a [1] of a.toml twice (also at line 14)");
    }

    @Test
    void refusesWrongTypesInFiles() {
        assertThat(refusal("files = \"all\"\n" + MINIMAL).getMessage())
                .isEqualTo("protostar.lock:1: files must be an array of tables ([[files]])");
        assertThat(refusal("files = [1]\n" + MINIMAL).getMessage())
                .isEqualTo("protostar.lock:1: every entry of files must be a table ([[files]])");
        assertThat(refusal(withFile("path = 3\npolicy = \"seed-once\"\n")).getMessage())
                .isEqualTo("protostar.lock:12: path of [[files]] must be a string");
        assertThat(refusal(withFile("policy = \"seed-once\"\n")).getMessage())
                .isEqualTo("protostar.lock:11: path of [[files]] is missing");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\ndeclined = \"yes\"\n")).getMessage())
                .isEqualTo("protostar.lock:14: declined of a must be true or false");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\nowned = 1\n")).getMessage())
                .isEqualTo("protostar.lock:14: owned of a must be an array of tables ([[files.owned]])");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\n[[files.owned]]\nkey = \"x\"\nvalue = 1\n"))
                .getMessage()).isEqualTo("protostar.lock:15: key must be an array of strings ([] for the whole file)");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\n[[files.owned]]\nkey = [1]\nvalue = 1\n"))
                .getMessage()).isEqualTo("protostar.lock:15: key must be an array of strings ([] for the whole file)");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\n[[files.owned]]\nvalue = 1\n"))
                .getMessage()).isEqualTo("protostar.lock:14: an owned entry of a has no key");
    }

    @Test
    void refusesUnknownKeysInFilesAndOwnedEntries() {
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\nmode = \"0755\"\n")).getMessage())
                .isEqualTo("protostar.lock:14: unknown key mode in [[files]]; known: [declined, owned, path, policy]");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"seed-once\"\n[[files.owned]]\nkey = []\nvalue = 1\n"
                + "\"delete after\" = true\n")).getMessage())
                .startsWith("protostar.lock:17: unknown key \"delete after\" in [[files.owned]] of a; known: [");
    }

    @Test
    void refusesAnEntryWithBothOrNeitherOfValueAndMember() {
        String both = withFile("path = \"a\"\npolicy = \"structured-toml\"\n[[files.owned]]\nkey = [\"x\"]\nvalue = 1\n"
                + "member = 1\n");
        String neither = withFile("path = \"a\"\npolicy = \"structured-toml\"\n[[files.owned]]\nkey = [\"x\"]\n");

        assertThat(refusal(both).getMessage())
                .isEqualTo("protostar.lock:14: an owned entry of a must have exactly one of value and member; it has both");
        assertThat(refusal(neither).getMessage())
                .isEqualTo("protostar.lock:14: an owned entry of a must have exactly one of value and member; it has neither");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deepValue = "[".repeat(LockCodec.MAX_DEPTH + 1) + "1" + "]".repeat(LockCodec.MAX_DEPTH + 1);
        String longKey = "[" + String.join(", ", java.util.Collections.nCopies(LockCodec.MAX_DEPTH + 1, "\"k\"")) + "]";
        String veryDeep = "[".repeat(5000) + "]".repeat(5000);

        assertThat(refusal(withFile("path = \"a\"\npolicy = \"structured-toml\"\n[[files.owned]]\nkey = []\nvalue = "
                + deepValue + "\n")).getMessage())
                .isEqualTo("protostar.lock:16: value is nested deeper than the 32 levels a lock may hold");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"structured-toml\"\n[[files.owned]]\nkey = " + longKey
                + "\nvalue = 1\n")).getMessage())
                .isEqualTo("protostar.lock:15: key has 33 parts, more than the 32 a lock may hold");
        assertThat(refusal(withFile("path = \"a\"\npolicy = \"structured-toml\"\n[[files.owned]]\nkey = []\nvalue = "
                + veryDeep + "\n")).getMessage())
                .startsWith("protostar.lock:16:").contains("is not valid TOML: Nesting is too deep");
    }

    @Test
    void refusesNullAndDateListsThatDoNotMatchTheirValue() {
        String prefix = withFile("path = \"a\"\npolicy = \"structured-jsonc\"\n[[files.owned]]\nkey = [\"x\"]\n");

        assertThat(refusal(prefix + "value = 1\nvalue_nulls = [[]]\n").getMessage())
                .isEqualTo("protostar.lock:16: value_nulls names [], where value holds no \"null\" placeholder");
        assertThat(refusal(prefix + "value = [\"null\"]\nvalue_nulls = [[1]]\n").getMessage())
                .isEqualTo("protostar.lock:16: [1] is not a place in value");
        assertThat(refusal(prefix + "value = [\"null\"]\nvalue_nulls = [[0], [0]]\n").getMessage())
                .isEqualTo("protostar.lock:16: value_nulls names [0], where value holds no \"null\" placeholder");
        assertThat(refusal(prefix + "value = \"null\"\nvalue_nulls = [[true]]\n").getMessage())
                .isEqualTo("protostar.lock:16: every place in value_nulls must be an array of indices and keys");
        assertThat(refusal(prefix + "value = \"null\"\nvalue_nulls = true\n").getMessage())
                .isEqualTo("protostar.lock:16: value_nulls must be an array");
        assertThat(refusal(prefix + "member = \"null\"\nvalue_nulls = [[]]\n").getMessage())
                .isEqualTo("protostar.lock:17: value_nulls belongs to a value, and this entry has a member");
        assertThat(refusal(prefix + "value = \"07:32\"\nvalue_datetimes = [{ at = [], kind = \"era\", text = \"07:32\" }]\n")
                .getMessage()).isEqualTo("protostar.lock:16: the kind in value_datetimes must be one of"
                        + " [offset-date-time, local-date-time, local-date, local-time]");
        assertThat(refusal(prefix + "value = \"07:32\"\nvalue_datetimes = [{ at = [], kind = \"local-time\", text = \"08:00\" }]\n")
                .getMessage()).isEqualTo("protostar.lock:16: value_datetimes names [], where value does not hold the"
                        + " date's text");
    }

    @Test
    void manyNullsInOneValueAreReadInLinearTime() {
        int count = 30_000;
        StringBuilder value = new StringBuilder("value = [");
        StringBuilder places = new StringBuilder("value_nulls = [");
        for (int i = 0; i < count; i++) {
            value.append(i == 0 ? "" : ",").append("\"null\"");
            places.append(i == 0 ? "" : ",").append('[').append(i).append(']');
        }
        String text = withFile("path = \"a\"\npolicy = \"structured-jsonc\"\n[[files.owned]]\nkey = []\n" + value
                + "]\n" + places + "]\n");

        TypedValue read = LockCodec.read(text).files().get(0).baseline().get(Slot.key(List.of()));

        assertThat(((TypedValue.Arr) read).items()).hasSize(count).containsOnly(new TypedValue.Null());
    }

    @Test
    void hostileTextInMessagesIsShownEscaped() {
        String error = refusal(withFile("path = \"a\\u001B[31mred\\u202E\"\npolicy = \"nope\"\n")).getMessage();

        assertThat(error).doesNotContain("\u001B", "\u202E").contains("a\\u001B[31mred\\u202E");
    }

    @Test
    void writeRefusesWhatReadWouldRefuse() {
        ManagedFile git = new ManagedFile(WorkspacePath.of(".git/config"), FilePolicy.SEED_ONCE, Map.of(), false);
        ManagedFile a = new ManagedFile(WorkspacePath.of("a"), FilePolicy.SEED_ONCE, Map.of(), false);
        ManagedFile memberWithOtherValue = new ManagedFile(WorkspacePath.of("b"), FilePolicy.IGNORE_LINES,
                Map.of(Slot.member(List.of(), str("x")), str("y")), false);

        assertThatThrownBy(() -> LockCodec.write(new ProjectLock(1, "v", LockedRequest.empty(), List.of(git))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".git folder");
        assertThatThrownBy(() -> LockCodec.write(new ProjectLock(1, "v", LockedRequest.empty(), List.of(a, a))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> LockCodec.write(new ProjectLock(1, "v", LockedRequest.empty(), List.of(memberWithOtherValue))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be the member itself");
        assertThatThrownBy(() -> LockCodec.write(lockWith(Map.of(Slot.key(List.of("x")), str("\uD800")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate");
    }

    @Test
    void producerVersionIsTheBuildsVersion() {
        assertThat(ProducerVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
