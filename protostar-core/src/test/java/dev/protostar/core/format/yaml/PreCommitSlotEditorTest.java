package dev.protostar.core.format.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slots of {@code .pre-commit-config.yaml} and their edits, byte for byte. */
class PreCommitSlotEditorTest {

    private static final WorkspacePath FILE = WorkspacePath.of(".pre-commit-config.yaml");
    private static final PreCommitSlotEditor EDITOR = new PreCommitSlotEditor();

    private static final String HOOKS = "https://github.com/pre-commit/pre-commit-hooks";
    private static final String BLACK = "https://github.com/psf/black";
    private static final String RUFF = "https://github.com/astral-sh/ruff-pre-commit";
    private static final String MYPY = "https://github.com/pre-commit/mirrors-mypy";
    private static final String MARKDOWNLINT = "https://github.com/igorshubovych/markdownlint-cli";

    /** A commented real-world configuration: two-space indented lists, blank lines between repositories. */
    private static final String REAL_WORLD = """
            # Pre-commit hooks for orbital-sim.
            default_language_version:
              python: python3.12   # matches .python-version

            exclude: ^(docs/|vendor/)

            repos:
              # Generic file hygiene
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: v4.6.0
                hooks:
                  - id: trailing-whitespace
                  # YAML with custom tags
                  - id: check-yaml
                    args: [--unsafe]
                  - id: check-added-large-files
                    args: ['--maxkb=500']

              - repo: https://github.com/psf/black
                rev: "24.4.2"  # pinned for CI
                hooks:
                  - id: black
                    language_version: python3.12

              - repo: local
                hooks:
                  - id: pytest
                    name: pytest
                    entry: uv run pytest
                    language: system
                    pass_filenames: false
                    stages: [pre-push]
              # - repo: https://github.com/pycqa/isort   (disabled for now)

            ci:
              autofix_prs: true
            """;

    /** Four-space indentation, dashes not indented under their keys, no blank lines. */
    private static final String FOUR_SPACES = """
            repos:
            -   repo: https://github.com/pre-commit/pre-commit-hooks
                rev: 'v4.6.0'
                hooks:
                -   id: end-of-file-fixer
                -   id: trailing-whitespace
            -   repo: https://github.com/psf/black
                rev: 24.4.2
                hooks:
                -   id: black
            """;

    private static TypedValue.Str s(String value) {
        return new TypedValue.Str(value);
    }

    private static TypedValue.Arr list(String... values) {
        return TypedValue.array(java.util.Arrays.stream(values).map(TypedValue.Str::new).toList());
    }

    /** A hook mapping: its id, then key/value pairs. */
    private static TypedValue.Tbl hook(String id, Object... keysAndValues) {
        Map<String, TypedValue> members = new LinkedHashMap<>();
        members.put("id", s(id));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.put((String) keysAndValues[i], (TypedValue) keysAndValues[i + 1]);
        }
        return new TypedValue.Tbl(members);
    }

    private static List<String> rev(String url) {
        return List.of("repos", url, "rev");
    }

    private static List<String> hookPath(String url, String id) {
        return List.of("repos", url, "hooks", id);
    }

    private static String put(String text, List<String> keyPath, TypedValue value) {
        return EDITOR.put(FILE, text, keyPath, value);
    }

    private static String remove(String text, List<String> keyPath) {
        return EDITOR.remove(FILE, text, keyPath);
    }

    // ------------------------------------------------------------------ slots

    @Test
    void slotsAreEachRevAndEachHookMappingKeyedByUrlAndId() {
        Map<Slot, TypedValue> slots = EDITOR.slots(FILE, REAL_WORLD);

        Map<Slot, TypedValue> expected = new LinkedHashMap<>();
        expected.put(Slot.key(rev(HOOKS)), s("v4.6.0"));
        expected.put(Slot.key(hookPath(HOOKS, "trailing-whitespace")), hook("trailing-whitespace"));
        expected.put(Slot.key(hookPath(HOOKS, "check-yaml")), hook("check-yaml", "args", list("--unsafe")));
        expected.put(Slot.key(hookPath(HOOKS, "check-added-large-files")),
                hook("check-added-large-files", "args", list("--maxkb=500")));
        expected.put(Slot.key(rev(BLACK)), s("24.4.2"));
        expected.put(Slot.key(hookPath(BLACK, "black")), hook("black", "language_version", s("python3.12")));
        expected.put(Slot.key(hookPath("local", "pytest")), hook("pytest", "name", s("pytest"),
                "entry", s("uv run pytest"), "language", s("system"), "pass_filenames", new TypedValue.Bool(false),
                "stages", list("pre-push")));
        assertThat(slots).isEqualTo(expected);
        assertThat(List.copyOf(slots.keySet())).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void aUrlListedTwiceCountsByItsFirstEntryAndAHookIdByItsFirstHook() {
        String text = """
                repos:
                  - repo: meta
                    hooks:
                      - id: check-useless-excludes
                      - id: check-useless-excludes
                        verbose: true
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks: [{id: black}]
                  - repo: https://github.com/psf/black
                    rev: 23.1.0
                    hooks:
                      - id: black-jupyter
                """;

        assertThat(EDITOR.slots(FILE, text)).containsExactly(
                Map.entry(Slot.key(hookPath("meta", "check-useless-excludes")), hook("check-useless-excludes")),
                Map.entry(Slot.key(rev(BLACK)), s("24.4.2")),
                Map.entry(Slot.key(hookPath(BLACK, "black")), hook("black")));
    }

    @Test
    void valuesAreTypedStrictlyAndAbsentFilesHaveNoSlots() {
        String text = """
                repos:
                  - repo: local
                    rev: 1.10
                    hooks:
                      - id: x
                        args: [1, true, 1.5, null, {a: b}]
                        stages:
                        opts: {n: 3}
                """;

        assertThat(EDITOR.slots(FILE, text)).containsExactly(
                Map.entry(Slot.key(rev("local")), new TypedValue.Flt(1.1)),
                Map.entry(Slot.key(hookPath("local", "x")), hook("x",
                        "args", TypedValue.array(List.of(new TypedValue.Int(1), new TypedValue.Bool(true),
                                new TypedValue.Flt(1.5), new TypedValue.Null(),
                                new TypedValue.Tbl(Map.of("a", s("b"))))),
                        "stages", new TypedValue.Null(),
                        "opts", new TypedValue.Tbl(Map.of("n", new TypedValue.Int(3))))));
        assertThat(EDITOR.slots(FILE, null)).isEmpty();
        assertThat(EDITOR.slots(FILE, "# nothing yet\n")).isEmpty();
        assertThat(EDITOR.slots(FILE, "repos: []\nci: {skip: [mypy]}\n")).isEmpty();
    }

    @Test
    void aTextThatIsNoPreCommitConfigurationIsRefusedWithItsLine() {
        assertThatThrownBy(() -> EDITOR.slots(FILE, "repos:\n  - repo: local\n    hooks: [\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(".pre-commit-config.yaml");
        assertThatThrownBy(() -> put("repos:\n  - rev: v1\n", rev(BLACK), s("v2")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(".pre-commit-config.yaml").hasMessageContaining("2");
    }

    // ------------------------------------------------------------------ put rev

    @Test
    void putRevReplacesTheScalarInPlaceKeepingItsQuotesAndComment() {
        String updated = put(REAL_WORLD, rev(BLACK), s("25.1.0"));

        assertThat(updated).isEqualTo(REAL_WORLD.replace("rev: \"24.4.2\"  # pinned for CI", "rev: \"25.1.0\"  # pinned for CI"));
        assertThat(put(FOUR_SPACES, rev(HOOKS), s("v5.0.0"))).isEqualTo(FOUR_SPACES.replace("'v4.6.0'", "'v5.0.0'"));
        assertThat(put(REAL_WORLD, rev(HOOKS), s("v5.0.0"))).isEqualTo(REAL_WORLD.replace("v4.6.0", "v5.0.0"));
        assertThat(put(FOUR_SPACES, rev(BLACK), s("yes"))).isEqualTo(FOUR_SPACES.replace("24.4.2", "'yes'"));
    }

    @Test
    void putRevOfTheSameValueReturnsTheTextItself() {
        assertThat(put(REAL_WORLD, rev(BLACK), s("24.4.2"))).isSameAs(REAL_WORLD);
        assertThat(put(REAL_WORLD, hookPath(HOOKS, "check-yaml"), hook("check-yaml", "args", list("--unsafe"))))
                .isSameAs(REAL_WORLD);
    }

    @Test
    void putRevOverAnEmptyOrNullRevWritesTheValueAfterTheColon() {
        String text = """
                repos:
                  - repo: https://github.com/psf/black
                    rev:   # to pin
                    hooks: []
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: ~
                    hooks: []
                """;

        assertThat(EDITOR.slots(FILE, text)).containsEntry(Slot.key(rev(BLACK)), new TypedValue.Null());
        assertThat(put(put(text, rev(BLACK), s("24.4.2")), rev(RUFF), s("v0.7.4"))).isEqualTo(text
                .replace("rev:   # to pin", "rev: '24.4.2'   # to pin").replace("rev: ~", "rev: v0.7.4"));
    }

    @Test
    void putRevOnARepositoryWithoutOneAddsItUnderRepo() {
        assertThat(put(REAL_WORLD, rev("local"), s("v1"))).isEqualTo(REAL_WORLD.replace("""
                  - repo: local
                    hooks:
                """, """
                  - repo: local
                    rev: v1
                    hooks:
                """));
    }

    @Test
    void putRevOfAnAbsentRepositoryAddsItInTheFilesLayout() {
        assertThat(put(REAL_WORLD, rev(RUFF), s("v0.7.4"))).isEqualTo(REAL_WORLD.replace("""
                    stages: [pre-push]
                """, """
                    stages: [pre-push]

                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []
                """));
        assertThat(put(FOUR_SPACES, rev(RUFF), s("v0.7.4"))).isEqualTo(FOUR_SPACES + """
                -   repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []
                """);
    }

    @Test
    void putIntoAFileWithoutRepositoriesAddsTheReposKeyOrFillsIt() {
        assertThat(put("# hooks come later\ndefault_stages: [pre-commit]\n", rev(RUFF), s("v0.7.4"))).isEqualTo("""
                # hooks come later
                default_stages: [pre-commit]
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []
                """);
        assertThat(put("repos: []   # none yet\nci:\n  skip: [mypy]\n", rev(RUFF), s("v0.7.4"))).isEqualTo("""
                repos:   # none yet
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []
                ci:
                  skip: [mypy]
                """);
        assertThat(put("repos:\nci:\n  skip: [mypy]\n", hookPath("local", "x"), hook("x"))).isEqualTo("""
                repos:
                  - repo: local
                    hooks:
                      - id: x
                ci:
                  skip: [mypy]
                """);
        assertThat(put("", hookPath("local", "x"), hook("x"))).isEqualTo("""
                repos:
                  - repo: local
                    hooks:
                      - id: x
                """);
    }

    @Test
    void aNewReposKeyGoesBeforeADocumentEndMarker() {
        assertThat(put("---\nci:\n  skip: [mypy]\n...\n# after the document\n", hookPath("meta", "identity"),
                hook("identity"))).isEqualTo("""
                ---
                ci:
                  skip: [mypy]
                repos:
                  - repo: meta
                    hooks:
                      - id: identity
                ...
                # after the document
                """);
    }

    @Test
    void putIntoAnAbsentFileWritesWhatTheMergeWrites() {
        String merged = PreCommitConfigMerger.merge(FILE, null, List.of(new PreCommitRepo(RUFF, "v0.7.4", List.of())),
                Resolution.MERGE).text();

        assertThat(put(null, rev(RUFF), s("v0.7.4"))).isEqualTo(merged);
        assertThat(merged).startsWith("# pre-commit: ").endsWith("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []
                """);
        assertThat(remove(null, rev(RUFF))).isNull();
    }

    // ------------------------------------------------------------------ put hook

    @Test
    void putHookReplacesItsListItemInPlace() {
        String updated = put(REAL_WORLD, hookPath(HOOKS, "check-yaml"),
                hook("check-yaml", "args", list("--unsafe", "--allow-multiple-documents")));

        assertThat(updated).isEqualTo(REAL_WORLD.replace("""
                      - id: check-yaml
                        args: [--unsafe]
                """, """
                      - id: check-yaml
                        args: [--unsafe, --allow-multiple-documents]
                """));
        assertThat(put(FOUR_SPACES, hookPath(HOOKS, "end-of-file-fixer"), hook("end-of-file-fixer", "exclude",
                s("^docs/")))).isEqualTo(FOUR_SPACES.replace("""
                    -   id: end-of-file-fixer
                """, """
                    -   id: end-of-file-fixer
                        exclude: ^docs/
                """));
    }

    @Test
    void putHookAppendsAMissingHookAfterTheRepositorysLastHook() {
        TypedValue.Tbl mypy = hook("mypy", "args", list("--strict"), "additional_dependencies",
                list("pydantic[mypy]", "types-requests"), "verbose", new TypedValue.Bool(true),
                "priority", new TypedValue.Int(3), "name", s("mypy: strict"));

        assertThat(put(REAL_WORLD, hookPath(BLACK, "mypy"), mypy)).isEqualTo(REAL_WORLD.replace("""
                        language_version: python3.12
                """, """
                        language_version: python3.12
                      - id: mypy
                        args: [--strict]
                        additional_dependencies: ['pydantic[mypy]', types-requests]
                        verbose: true
                        priority: 3
                        name: 'mypy: strict'
                """));
        assertThat(put(FOUR_SPACES, hookPath(BLACK, "black-jupyter"), hook("black-jupyter"))).isEqualTo(FOUR_SPACES + """
                    -   id: black-jupyter
                """);
    }

    @Test
    void putHookTurnsAnEmptyOrMissingHooksValueIntoABlockList() {
        String text = """
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []   # none yet
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                  - repo: local
                    hooks:
                """;
        String ruff = put(text, hookPath(RUFF, "ruff"), hook("ruff", "args", list("--fix")));
        String black = put(ruff, hookPath(BLACK, "black"), hook("black"));
        String local = put(black, hookPath("local", "x"), hook("x", "entry", s("./x"), "language", s("system")));

        assertThat(local).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks:   # none yet
                      - id: ruff
                        args: [--fix]
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                      - id: black
                  - repo: local
                    hooks:
                      - id: x
                        entry: ./x
                        language: system
                """);
    }

    @Test
    void putsInAnyOrderGiveTheSameText() {
        TypedValue.Tbl ruff = hook("ruff", "args", list("--fix"));
        TypedValue.Tbl format = hook("ruff-format");
        for (String text : List.of(REAL_WORLD, FOUR_SPACES, "", "repos: []\n")) {
            String revFirst = put(put(put(text, rev(RUFF), s("v0.7.4")), hookPath(RUFF, "ruff"), ruff),
                    hookPath(RUFF, "ruff-format"), format);
            String hooksFirst = put(put(put(text, hookPath(RUFF, "ruff"), ruff), hookPath(RUFF, "ruff-format"), format),
                    rev(RUFF), s("v0.7.4"));
            String revLast = put(put(put(text, hookPath(RUFF, "ruff"), ruff), rev(RUFF), s("v0.7.4")),
                    hookPath(RUFF, "ruff-format"), format);

            assertThat(hooksFirst).isEqualTo(revFirst);
            assertThat(revLast).isEqualTo(revFirst);
        }
        assertThat(put(put(put(FOUR_SPACES, hookPath(RUFF, "ruff"), ruff), rev(RUFF), s("v0.7.4")),
                hookPath(RUFF, "ruff-format"), format)).isEqualTo(FOUR_SPACES + """
                -   repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks:
                    -   id: ruff
                        args: [--fix]
                    -   id: ruff-format
                """);
    }

    // ------------------------------------------------------------------ remove

    @Test
    void removeHookTakesItsLinesAndTheCommentAboveItButNotTheNextItemsComment() {
        assertThat(remove(REAL_WORLD, hookPath(HOOKS, "check-yaml"))).isEqualTo(REAL_WORLD.replace("""
                      - id: trailing-whitespace
                      # YAML with custom tags
                      - id: check-yaml
                        args: [--unsafe]
                      - id: check-added-large-files
                """, """
                      - id: trailing-whitespace
                      - id: check-added-large-files
                """));
        assertThat(remove(REAL_WORLD, hookPath(HOOKS, "trailing-whitespace"))).isEqualTo(REAL_WORLD.replace("""
                      - id: trailing-whitespace
                      # YAML with custom tags
                """, """
                      # YAML with custom tags
                """));
        assertThat(remove(REAL_WORLD, hookPath(HOOKS, "absent"))).isSameAs(REAL_WORLD);
        assertThat(remove(REAL_WORLD, hookPath(RUFF, "ruff"))).isSameAs(REAL_WORLD);
    }

    @Test
    void theLastHookRemovedLeavesAnEmptyHooksList() {
        assertThat(remove(REAL_WORLD, hookPath(BLACK, "black"))).isEqualTo(REAL_WORLD.replace("""
                    hooks:
                      - id: black
                        language_version: python3.12
                """, """
                    hooks: []
                """));
    }

    @Test
    void aRepositoryHoldingNothingButItsLastHookIsRemovedWithIt() {
        assertThat(remove(REAL_WORLD, hookPath("local", "pytest"))).isEqualTo(REAL_WORLD.replace("""
                        language_version: python3.12

                  - repo: local
                    hooks:
                      - id: pytest
                        name: pytest
                        entry: uv run pytest
                        language: system
                        pass_filenames: false
                        stages: [pre-push]
                """, """
                        language_version: python3.12
                """));
    }

    @Test
    void removeRevRemovesARepositoryWithoutHooksAndKeepsOneWithTheUsersHooks() {
        String noHooks = remove(REAL_WORLD, hookPath(BLACK, "black"));

        assertThat(remove(noHooks, rev(BLACK))).isEqualTo(REAL_WORLD.replace("""

                  - repo: https://github.com/psf/black
                    rev: "24.4.2"  # pinned for CI
                    hooks:
                      - id: black
                        language_version: python3.12
                """, ""));
        assertThat(remove(REAL_WORLD, rev(BLACK))).isSameAs(REAL_WORLD);
        assertThat(remove(REAL_WORLD, rev("local"))).isSameAs(REAL_WORLD);
    }

    @Test
    void removingEveryRepositoryLeavesAnEmptyReposList() {
        String text = REAL_WORLD;
        for (String id : List.of("trailing-whitespace", "check-yaml", "check-added-large-files")) {
            text = remove(text, hookPath(HOOKS, id));
        }
        text = remove(remove(text, rev(HOOKS)), hookPath(BLACK, "black"));
        text = remove(remove(text, rev(BLACK)), hookPath("local", "pytest"));

        assertThat(text).isEqualTo("""
                # Pre-commit hooks for orbital-sim.
                default_language_version:
                  python: python3.12   # matches .python-version

                exclude: ^(docs/|vendor/)

                repos: []
                  # - repo: https://github.com/pycqa/isort   (disabled for now)

                ci:
                  autofix_prs: true
                """);
        assertThat(EDITOR.slots(FILE, text)).isEmpty();
    }

    @Test
    void theFirstRepositoryRemovedTakesTheBlankLineAfterIt() {
        String text = """
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks: []

                  - repo: local
                    hooks: [{id: x, entry: ./x, language: system}]
                """;

        assertThat(remove(text, rev(BLACK))).isEqualTo("""
                repos:
                  - repo: local
                    hooks: [{id: x, entry: ./x, language: system}]
                """);
    }

    @Test
    void editsOfAUrlListedTwiceGoToItsFirstEntry() {
        String text = """
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks: []
                  - repo: https://github.com/psf/black
                    rev: 23.1.0
                    hooks:
                      - id: black-jupyter
                """;

        assertThat(put(text, rev(BLACK), s("25.1.0"))).isEqualTo(text.replace("24.4.2", "'25.1.0'"));
        assertThat(put(text, hookPath(BLACK, "black"), hook("black"))).isEqualTo(text.replace("""
                    hooks: []
                """, """
                    hooks:
                      - id: black
                """));
        String removed = remove(text, rev(BLACK));
        assertThat(removed).isEqualTo("""
                repos:
                  - repo: https://github.com/psf/black
                    rev: 23.1.0
                    hooks:
                      - id: black-jupyter
                """);
        assertThat(EDITOR.slots(FILE, removed)).containsOnlyKeys(Slot.key(rev(BLACK)),
                Slot.key(hookPath(BLACK, "black-jupyter")));
    }

    @Test
    void keysInAnyOrderAndMetaRepositoriesWorkLikeAnyOther() {
        String text = """
                repos:
                  - hooks:
                      - id: check-hooks-apply
                    repo: meta
                  - hooks:
                      - id: black
                    repo: https://github.com/psf/black   # keys in another order
                    rev: 24.4.2
                """;

        assertThat(remove(text, hookPath(BLACK, "black"))).isEqualTo(text.replace("""
                  - hooks:
                      - id: black
                """, """
                  - hooks: []
                """));
        assertThat(put(text, rev("meta"), s("v1"))).isEqualTo(text.replace("""
                    repo: meta
                """, """
                    repo: meta
                    rev: v1
                """));
        assertThat(remove(text, hookPath("meta", "check-hooks-apply"))).isEqualTo("""
                repos:
                  - hooks:
                      - id: black
                    repo: https://github.com/psf/black   # keys in another order
                    rev: 24.4.2
                """);
    }

    // ------------------------------------------------------------------ flow style, framing

    @Test
    void flowStyleValuesOnTheWayAreRewrittenInBlockStyle() {
        String text = """
                repos:
                  - {repo: https://github.com/psf/black, rev: 24.4.2, hooks: [{id: black}]}   # one line
                  - repo: local
                    hooks: [{id: x, entry: ./x, language: system}, {id: y, entry: ./y, language: system}]
                """;

        assertThat(put(text, hookPath(BLACK, "black-jupyter"), hook("black-jupyter"))).isEqualTo("""
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                    hooks:
                      - id: black   # one line
                      - id: black-jupyter
                  - repo: local
                    hooks: [{id: x, entry: ./x, language: system}, {id: y, entry: ./y, language: system}]
                """);
        assertThat(remove(text, hookPath("local", "x"))).isEqualTo("""
                repos:
                  - {repo: https://github.com/psf/black, rev: 24.4.2, hooks: [{id: black}]}   # one line
                  - repo: local
                    hooks:
                      - id: y
                        entry: ./y
                        language: system
                """);
        assertThat(put(text, rev(BLACK), s("25.1.0"))).isEqualTo(text.replace("24.4.2", "'25.1.0'"));
        assertThat(put("repos: [{repo: local, hooks: [{id: x}]}]\n", hookPath("local", "x"), hook("x", "verbose",
                new TypedValue.Bool(true)))).isEqualTo("""
                repos:
                  - repo: local
                    hooks:
                      - id: x
                        verbose: true
                """);
        assertThat(put("{repos: [], ci: {skip: [mypy]}}\n", rev(RUFF), s("v0.7.4"))).isEqualTo("""
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks: []
                ci: {skip: [mypy]}
                """);
    }

    @Test
    void crlfByteOrderMarkAndAMissingFinalNewlineAreKept() {
        String text = "\uFEFFrepos:\r\n- repo: https://github.com/psf/black\r\n  rev: 24.4.2\r\n  hooks:\r\n  - id: black";

        assertThat(put(text, hookPath(BLACK, "black-jupyter"), hook("black-jupyter"))).isEqualTo(
                "\uFEFFrepos:\r\n- repo: https://github.com/psf/black\r\n  rev: 24.4.2\r\n  hooks:\r\n  - id: black\r\n"
                        + "  - id: black-jupyter");
        assertThat(remove(text, hookPath(BLACK, "black"))).isEqualTo(
                "\uFEFFrepos:\r\n- repo: https://github.com/psf/black\r\n  rev: 24.4.2\r\n  hooks: []");
        assertThat(put(text, rev(BLACK), s("v25.1.0"))).isEqualTo(text.replace("24.4.2", "v25.1.0"));
        // Plain stays plain where YAML allows it; a value that might read as a number is quoted.
        assertThat(put(text, rev(BLACK), s("25.1.0"))).isEqualTo(text.replace("24.4.2", "'25.1.0'"));
    }

    @Test
    void aBlockScalarEndingTheFileKeepsItsValueWhenLinesFollowIt() {
        String text = "repos:\n  - repo: local\n    hooks:\n      - id: x\n        description: |\n          Checks.";

        assertThat(put(text, hookPath("local", "late"), hook("late"))).isEqualTo(
                "repos:\n  - repo: local\n    hooks:\n      - id: x\n        description: |-\n          Checks.\n"
                        + "      - id: late");
    }

    @Test
    void removingTheLastLinesAfterABlockScalarKeepsItsLineBreak() {
        String text = "repos:\n  - repo: local\n    hooks:\n      - id: x\n        description: |\n          Checks.\n"
                + "      - id: late";

        assertThat(remove(text, hookPath("local", "late"))).isEqualTo(
                "repos:\n  - repo: local\n    hooks:\n      - id: x\n        description: |\n          Checks.\n");
        assertThat(remove("repos:\n  - repo: local\n    hooks:\n      - id: x\n      - id: late",
                hookPath("local", "late"))).isEqualTo("repos:\n  - repo: local\n    hooks:\n      - id: x");
    }

    @Test
    void anEmptiedListWithAnAnchorKeepsIt() {
        assertThat(remove("repos:\n  - repo: https://github.com/psf/black\n    rev: v1\n    hooks: &h  # mine\n"
                + "      - id: black\n", hookPath(BLACK, "black")))
                .isEqualTo("repos:\n  - repo: https://github.com/psf/black\n    rev: v1\n    hooks: &h []  # mine\n");
    }

    // ------------------------------------------------------------------ the repositories our modules write

    @Test
    void theRepositoriesOurModulesWriteAreSlotsThatUpdateAndRetract() {
        String written = PreCommitConfigMerger.merge(FILE, null, List.of(
                PreCommitRepo.of(HOOKS, "v5.0.0", "trailing-whitespace", "end-of-file-fixer", "check-yaml"),
                new PreCommitRepo(RUFF, "v0.7.4", List.of(new PreCommitHook("ruff", List.of("--fix"), List.of()),
                        PreCommitHook.of("ruff-format"))),
                new PreCommitRepo(MYPY, "v1.13.0", List.of(new PreCommitHook("mypy", List.of(), List.of("pydantic")))),
                PreCommitRepo.of(MARKDOWNLINT, "v0.42.0", "markdownlint")), Resolution.MERGE).text();

        assertThat(EDITOR.slots(FILE, written)).containsEntry(Slot.key(hookPath(RUFF, "ruff")),
                        hook("ruff", "args", list("--fix")))
                .containsEntry(Slot.key(hookPath(MYPY, "mypy")), hook("mypy", "additional_dependencies", list("pydantic")))
                .containsEntry(Slot.key(rev(MARKDOWNLINT)), s("v0.42.0"))
                .hasSize(11);

        String updated = put(written, hookPath(MYPY, "mypy"), hook("mypy", "additional_dependencies",
                list("pydantic", "httpx")));
        updated = put(updated, rev(MYPY), s("v1.14.0"));
        updated = remove(remove(updated, hookPath(MARKDOWNLINT, "markdownlint")), rev(MARKDOWNLINT));
        updated = remove(updated, hookPath(RUFF, "ruff-format"));

        assertThat(updated).isEqualTo(written.substring(0, written.indexOf("repos:")) + """
                repos:
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v5.0.0
                    hooks:
                      - id: trailing-whitespace
                      - id: end-of-file-fixer
                      - id: check-yaml
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.7.4
                    hooks:
                      - id: ruff
                        args: [--fix]
                  - repo: https://github.com/pre-commit/mirrors-mypy
                    rev: v1.14.0
                    hooks:
                      - id: mypy
                        additional_dependencies: [pydantic, httpx]
                """);
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void thisFormatHasNoMemberSlots() {
        assertThatThrownBy(() -> EDITOR.addMember(FILE, REAL_WORLD, List.of("repos", RUFF, "hooks"), hook("ruff")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no member slots");
        assertThatThrownBy(() -> EDITOR.removeMember(FILE, REAL_WORLD, List.of("repos", RUFF, "hooks"), hook("ruff")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no member slots");
    }

    @Test
    void otherKeyPathsAndWrongValuesAreRefused() {
        assertThatThrownBy(() -> put(REAL_WORLD, List.of("ci", "autofix_prs"), new TypedValue.Bool(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a slot");
        assertThatThrownBy(() -> remove(REAL_WORLD, List.of("repos", BLACK)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a slot");
        assertThatThrownBy(() -> put(REAL_WORLD, rev(BLACK), new TypedValue.Int(24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> put(REAL_WORLD, hookPath(BLACK, "black"), hook("isort")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whose id is \"black\"");
        assertThatThrownBy(() -> put(REAL_WORLD, hookPath(BLACK, "black"), s("black")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
