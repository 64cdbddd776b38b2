package dev.protostar.core.format.yaml;

import static dev.protostar.core.format.yaml.PreCommitConfigMergerMergeTest.RUFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files the merge cannot understand are refused with path:line:column before anything is merged. */
class PreCommitConfigMergerValidationTest {

    private static final WorkspacePath FILE = WorkspacePath.of("sim/.pre-commit-config.yaml");

    private static ValidationException refusal(String text) {
        try {
            PreCommitConfigMerger.validate(FILE, text);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("validate accepted:\n" + text);
    }

    @Test
    void brokenIndentationIsReportedWhereTheKeyIsMisplaced() {
        ValidationException e = refusal("""
                repos:
                  - repo: https://github.com/psf/black
                    rev: 24.4.2
                   hooks:
                      - id: black
                """);

        assertThat(e.path()).isEqualTo(FILE);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("sim/.pre-commit-config.yaml:4:4: invalid YAML: expected <block end>,"
                + " but found '<block mapping start>' (while parsing a block collection that starts at line 2,"
                + " column 3)");
    }

    @Test
    void tabIndentationIsReportedAtTheTab() {
        ValidationException e = refusal("repos:\n  - repo: https://github.com/psf/black\n    hooks:\n\t- id: black\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).startsWith("invalid YAML: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void rootThatIsAListIsRefused() {
        ValidationException e = refusal("# hooks\n- repo: https://github.com/psf/black\n  hooks: []\n");

        assertThat(e.getMessage()).isEqualTo(
                "sim/.pre-commit-config.yaml:2:1: the top level must be a mapping with a 'repos' list, not a list");
    }

    @Test
    void repositoryWithoutRepoIsReportedAtItsFirstKey() {
        ValidationException e = refusal("""
                repos:
                  - repo: https://github.com/psf/black
                    hooks: [{id: black}]
                  -   rev: v1.0.0
                      hooks: [{id: mypy}]
                """);

        assertThat(e.getMessage()).isEqualTo("sim/.pre-commit-config.yaml:4:7: this entry of 'repos' has no 'repo'"
                + " key (the repository URL, or local or meta)");
    }

    @Test
    void hookWithoutIdIsReportedAtItsFirstKey() {
        ValidationException e = refusal("""
                repos:
                  - repo: https://github.com/psf/black
                    hooks:
                      - id: black
                      - args: [--check]
                """);

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.detail()).isEqualTo("this hook of https://github.com/psf/black has no 'id' key");
    }

    @Test
    void reposAndHooksMustBeLists() {
        ValidationException repos = refusal("repos:\n  repo: https://github.com/psf/black\n");
        ValidationException hooks = refusal("repos:\n  - repo: local\n    hooks: pytest\n");
        ValidationException item = refusal("repos:\n  - https://github.com/psf/black\n");

        assertThat(repos.getMessage()).isEqualTo(
                "sim/.pre-commit-config.yaml:2:3: 'repos' must be a list of repositories, not a mapping");
        assertThat(hooks.getMessage()).isEqualTo(
                "sim/.pre-commit-config.yaml:3:12: 'hooks' of local must be a list of hooks, not the value 'pytest'");
        assertThat(item.line()).isEqualTo(2);
        assertThat(item.column()).isEqualTo(5);
    }

    @Test
    void anAliasWhereAListMustBeIsRefusedWithAnExplanation() {
        ValidationException e = refusal("""
                repos:
                  - repo: https://github.com/psf/black
                    hooks: &shared
                      - id: black
                  - repo: https://github.com/psf/black-mirror
                    hooks: *shared
                """);

        assertThat(e.getMessage()).isEqualTo("sim/.pre-commit-config.yaml:6:12: 'hooks' of"
                + " https://github.com/psf/black-mirror must be a list of hooks, not the alias *shared (Protostar"
                + " does not follow YAML aliases here; write the value out in place)");
    }

    @Test
    void aSecondDocumentIsRefused() {
        ValidationException e = refusal("repos: []\n---\nrepos: []\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).contains("second YAML document");
    }

    @Test
    void unclosedQuoteAndControlCharactersAreRefused() {
        assertThat(refusal("ci:\n  skip: 'mypy\n").line()).isEqualTo(3);
        ValidationException control = refusal("ci:\n  skip: a\u0001\n");
        assertThat(control.line()).isEqualTo(2);
        assertThat(control.column()).isEqualTo(10);
        assertThat(control.detail()).isEqualTo("invalid YAML: the character U+0001 is not allowed");
    }

    @Test
    void errorSaysWhatToDo() {
        assertThat(refusal("- a\n").hint())
                .hasValue("Fix sim/.pre-commit-config.yaml (or move it aside) and run again; nothing was changed.");
    }

    @Test
    void emptyBlankAndCommentOnlyFilesHaveNoRepositories() {
        for (String text : List.of("", "\n\n", "   \n", "# nothing\n  # indented comment\n", "---\n", "\uFEFF# bom\n")) {
            assertThatCode(() -> PreCommitConfigMerger.validate(FILE, text)).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void validLineNumbersCountCrlfAndByteOrderMarkLikeTheFile() {
        ValidationException e = refusal("\uFEFFrepos:\r\n  - repo: local\r\n    hooks:\r\n      - name: x\r\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(9);
    }

    @Test
    void mergeRefusesABrokenFileTheSameWay() {
        assertThatThrownBy(() -> PreCommitConfigMerger.merge(FILE, "repos:\n\t- repo: x\n", List.of(RUFF),
                Resolution.MERGE))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("sim/.pre-commit-config.yaml:2:1: invalid YAML: ");
    }

    @Test
    void abortIsNotAMergeMode() {
        assertThatThrownBy(() -> PreCommitConfigMerger.merge(FILE, "", List.of(RUFF), Resolution.ABORT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ABORT");
    }
}
