package dev.protostar.modules.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.PresetModule;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PythonModule;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every preset promises, checked against the values each preset's test states literally: its
 * identity, exactly its default lists, and each {@link PresetSettings} list replacing only its own
 * default list.
 */
abstract class PresetContract {

    /** The preset made with {@code settings}. */
    abstract PresetModule preset(PresetSettings settings);

    /** The preset made with the no-argument constructor. */
    abstract PresetModule defaultPreset();

    abstract String expectedId();

    /** The public {@code ID} constant holds the id. */
    static void assertIdConstant(String constant, String id) {
        assertThat(constant).isEqualTo(id);
    }

    abstract String expectedDisplayName();

    abstract List<String> expectedDependencies();

    abstract List<String> expectedDirectories();

    abstract List<String> expectedIgnores();

    /** Asserts what the preset declares beyond its three lists; by default nothing at all. */
    void assertBeyondTheLists(EnvironmentManifest manifest) {
        assertThat(manifest.textBlocks()).isEmpty();
        assertThat(manifest.systemTasks()).isEmpty();
        assertThat(manifest.postInstallTasks()).isEmpty();
    }

    /** A context for contributing: an empty in-memory workspace with Python (uv) and the preset active. */
    WorkspaceContext context(PresetModule preset) {
        return new WorkspaceContext(Workspace.inMemory(), new PythonModule(), preset);
    }

    EnvironmentManifest contribute(PresetModule preset) {
        return contribute(preset, context(preset));
    }

    static EnvironmentManifest contribute(PresetModule preset, WorkspaceContext context) {
        return context.manifestOf(preset);
    }

    private static List<WorkspacePath> paths(List<String> directories) {
        return directories.stream().map(WorkspacePath::of).toList();
    }

    private void assertLists(EnvironmentManifest manifest, List<String> dependencies, List<String> directories,
            List<String> ignores) {
        assertThat(manifest.dependencies()).containsExactlyElementsOf(dependencies);
        assertThat(manifest.directories()).containsExactlyElementsOf(paths(directories));
        assertThat(manifest.vcsIgnores()).containsExactlyElementsOf(ignores);
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.dockerIgnores()).isEmpty();
        assertThat(manifest.writesDockerIgnore()).isFalse();
        assertThat(manifest.injections()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.dependencyInstaller()).isEmpty();
        assertThat(manifest.configuredPythonVersion()).isEmpty();
        assertThat(manifest.warnings()).isEmpty();
        assertBeyondTheLists(manifest);
    }

    @Test
    void identifiesItselfAsAPresetThatNeedsPython() {
        PresetModule preset = defaultPreset();
        assertThat(preset.id()).isEqualTo(expectedId());
        assertThat(preset.displayName()).isEqualTo(expectedDisplayName());
        assertThat(preset.category()).isEqualTo(ModuleCategory.PRESET);
        assertThat(preset.requires()).containsExactly("python");
        assertThat(PresetRegistry.create(expectedId(), PresetSettings.defaults())).isInstanceOf(preset.getClass());
    }

    @Test
    void declaresExactlyItsDefaults() {
        assertLists(contribute(defaultPreset()), expectedDependencies(), expectedDirectories(), expectedIgnores());
        assertLists(contribute(preset(PresetSettings.defaults())), expectedDependencies(), expectedDirectories(),
                expectedIgnores());
    }

    @Test
    void dependenciesFromTheSettingsReplaceTheDefaultDependenciesOnly() {
        PresetModule preset = preset(PresetSettings.dependencies(List.of("polars", "numpy>=2")));
        assertLists(contribute(preset), List.of("polars", "numpy>=2"), expectedDirectories(), expectedIgnores());
    }

    @Test
    void directoriesFromTheSettingsReplaceTheDefaultDirectoriesOnly() {
        PresetModule preset = preset(new PresetSettings(Optional.empty(), Optional.of(List.of("input/raw", "out")),
                Optional.empty()));
        assertLists(contribute(preset), expectedDependencies(), List.of("input/raw", "out"), expectedIgnores());
    }

    @Test
    void ignoresFromTheSettingsReplaceTheDefaultIgnoresOnly() {
        PresetModule preset = preset(new PresetSettings(Optional.empty(), Optional.empty(),
                Optional.of(List.of("*.h5", "scratch/"))));
        assertLists(contribute(preset), expectedDependencies(), expectedDirectories(), List.of("*.h5", "scratch/"));
    }

    @Test
    void emptyListsInTheSettingsLeaveTheirPartOut() {
        PresetModule preset = preset(new PresetSettings(Optional.of(List.of()), Optional.of(List.of()),
                Optional.of(List.of())));
        assertLists(contribute(preset), List.of(), List.of(), List.of());
    }

    @Test
    void aBlankEntryOrAFolderOutsideTheProjectIsRefusedNamingThePresetAndTheList() {
        assertRefused(() -> preset(PresetSettings.dependencies(List.of("numpy", " "))), "dependencies");
        assertRefused(() -> preset(new PresetSettings(Optional.empty(), Optional.empty(),
                Optional.of(List.of("a\nb")))), "ignores");
        assertRefused(() -> preset(new PresetSettings(Optional.empty(), Optional.of(List.of("../outside")),
                Optional.empty())), "directories");
        assertRefused(() -> preset(PresetSettings.dependencies(List.of("--index-url=https://evil.example"))),
                "dependencies holds \"--index-url=https://evil.example\"");
        assertRefused(() -> preset(PresetSettings.dependencies(List.of("-e"))), "dependencies holds \"-e\"");
    }

    private void assertRefused(Supplier<PresetModule> make, String list) {
        assertThatThrownBy(make::get).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Preset \"" + expectedId() + "\": ")
                .hasMessageContaining(list);
    }
}
