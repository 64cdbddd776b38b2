package dev.protostar.core.orchestrator;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.Resolution;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.journal.ProtostarFolder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The read-only view of a workspace and its active modules that modules see, with the run's TOML
 * parses (so a module reading {@code pyproject.toml} shares the parse the run makes anyway).
 */
final class WorkspaceModuleContext implements ModuleContext, TomlDocuments.Source {

    private final Workspace workspace;
    private final List<BootstrapModule> activeModules;
    private final Resolution resolution;
    private final TomlDocuments documents;

    WorkspaceModuleContext(Workspace workspace, List<BootstrapModule> activeModules, Resolution resolution) {
        this(workspace, activeModules, resolution, new TomlDocuments());
    }

    WorkspaceModuleContext(Workspace workspace, List<BootstrapModule> activeModules, Resolution resolution,
            TomlDocuments documents) {
        this.workspace = workspace;
        this.activeModules = List.copyOf(activeModules);
        this.resolution = resolution;
        this.documents = documents;
    }

    @Override
    public TomlDocuments tomlDocuments() {
        return documents;
    }

    @Override
    public boolean exists(WorkspacePath path) {
        return workspace.exists(path);
    }

    @Override
    public boolean isDirectory(WorkspacePath path) {
        return workspace.isDirectory(path);
    }

    @Override
    public Optional<String> readString(WorkspacePath path) {
        if (!workspace.isFile(path)) {
            return Optional.empty();
        }
        return Optional.of(new String(workspace.read(path), StandardCharsets.UTF_8));
    }

    @Override
    public List<WorkspacePath> list(WorkspacePath directory) {
        if (!workspace.isDirectory(directory)) {
            return List.of();
        }
        // .protostar/ exists only while a run works (its lock and journal); modules never see it.
        return workspace.list(directory).stream().filter(p -> !ProtostarFolder.contains(p)).toList();
    }

    @Override
    public boolean isActive(String moduleId) {
        return activeModules.stream().anyMatch(m -> m.id().equals(moduleId));
    }

    @Override
    public <T extends BootstrapModule> Optional<T> activeModule(Class<T> type) {
        return activeModules.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public Resolution resolution() {
        return resolution;
    }
}
