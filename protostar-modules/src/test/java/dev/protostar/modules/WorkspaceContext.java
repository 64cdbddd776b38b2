package dev.protostar.modules;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.Resolution;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A {@link ModuleContext} over a workspace, for module tests. */
public final class WorkspaceContext implements ModuleContext {

    private final Workspace workspace;
    private final List<BootstrapModule> active;

    public WorkspaceContext(Workspace workspace, BootstrapModule... active) {
        this.workspace = workspace;
        this.active = List.of(active);
    }

    /** What {@code module} contributes in this context, as a built manifest. */
    public EnvironmentManifest manifestOf(BootstrapModule module) {
        ManifestBuilder builder = EnvironmentManifest.builder();
        module.contribute(builder, this);
        return builder.build();
    }

    /** Writes a file (creating its folders) and returns this context. */
    public WorkspaceContext with(String path, String content) {
        WorkspacePath p = WorkspacePath.of(path);
        p.parent().filter(d -> !d.isRoot()).ifPresent(workspace::createDirectories);
        workspace.write(p, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Creates a folder and returns this context. */
    public WorkspaceContext withDirectory(String path) {
        workspace.createDirectories(WorkspacePath.of(path));
        return this;
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
        return workspace.isFile(path) ? Optional.of(workspace.readString(path)) : Optional.empty();
    }

    @Override
    public List<WorkspacePath> list(WorkspacePath directory) {
        return workspace.isDirectory(directory) ? workspace.list(directory) : List.of();
    }

    @Override
    public boolean isActive(String moduleId) {
        return active.stream().anyMatch(m -> m.id().equals(moduleId));
    }

    @Override
    public <T extends BootstrapModule> Optional<T> activeModule(Class<T> type) {
        return active.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public Resolution resolution() {
        return Resolution.MERGE;
    }
}
