package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownlintModuleTest {

    private static EnvironmentManifest contribute(WorkspaceContext context) {
        return context.manifestOf(new MarkdownlintModule());
    }

    @Test
    void identifiesItselfAndNeedsNothing() {
        MarkdownlintModule module = new MarkdownlintModule();
        assertThat(MarkdownlintModule.ID).isEqualTo("markdownlint");
        assertThat(module.id()).isEqualTo("markdownlint");
        assertThat(module.displayName()).isEqualTo("markdownlint");
        assertThat(module.requires()).isEmpty();
    }

    @Test
    void injectsItsConfigurationAndNothingElseWithoutPreCommit() throws Exception {
        EnvironmentManifest manifest = contribute(new WorkspaceContext(Workspace.inMemory(), new MarkdownlintModule()));

        assertThat(manifest.injections()).containsOnlyKeys(WorkspacePath.of(".markdownlint.yaml"));
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.vcsIgnores()).isEmpty();
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.dependencies()).isEmpty();
        assertThat(manifest.directories()).isEmpty();

        Map<String, Object> config = new YAMLMapper().readValue(
                manifest.injections().get(WorkspacePath.of(".markdownlint.yaml")),
                new TypeReference<LinkedHashMap<String, Object>>() {});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("default", true);
        expected.put("MD013", false);
        expected.put("MD033", false);
        expected.put("MD024", Map.of("siblings_only", true));
        expected.put("MD031", true);
        expected.put("MD032", true);
        expected.put("MD003", Map.of("style", "atx"));
        expected.put("MD004", Map.of("style", "dash"));
        expected.put("MD009", Map.of("br_spaces", 2, "strict", false));
        expected.put("MD029", Map.of("style", "one"));
        assertThat(config).isEqualTo(expected);
    }

    @Test
    void everyTopLevelSettingHasItsOwnComment() {
        for (String key : new String[] {"default", "MD013", "MD033", "MD024", "MD031", "MD032", "MD003", "MD004",
                "MD009", "MD029"}) {
            assertThat(MarkdownlintModule.CONFIG.lines().filter(l -> l.startsWith(key + ":")))
                    .singleElement().asString().containsPattern(" # \\S.{10,}");
        }
    }

    @Test
    void withPreCommitDeclaresTheMarkdownlintCliHook() {
        EnvironmentManifest manifest = contribute(
                new WorkspaceContext(Workspace.inMemory(), new PreCommitStub(), new MarkdownlintModule()));

        assertThat(manifest.preCommitRepos()).containsExactly(new PreCommitRepo(
                "https://github.com/igorshubovych/markdownlint-cli", "v0.42.0",
                List.of(new PreCommitHook("markdownlint", List.of(), List.of()))));
        assertThat(manifest.injections()).containsOnlyKeys(WorkspacePath.of(".markdownlint.yaml"));
    }
}
