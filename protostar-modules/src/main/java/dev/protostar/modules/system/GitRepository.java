package dev.protostar.modules.system;

import dev.protostar.api.ModuleContext;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import java.util.Optional;

/**
 * The workspace's Git repository, as modules that need one see it. Every module that needs a
 * repository declares the same {@link #INIT} task, so that the manifest, which collapses equal
 * tasks, runs {@code git init} once however many modules ask for it.
 */
public final class GitRepository {

    /** The repository folder. */
    public static final WorkspacePath DIRECTORY = WorkspacePath.of(".git");

    /** The repository's local configuration file. */
    public static final WorkspacePath CONFIG = WorkspacePath.of(".git/config");

    /** {@code git init} in the workspace root; it owns {@code .git}. Equal for every module that declares it. */
    public static final SystemTask INIT = SystemTask.command("git", "init")
            .description("Creating a Git repository")
            .owns(DIRECTORY.toString())
            .build();

    private GitRepository() {}

    /** {@link #INIT} when the workspace has no {@code .git} yet, otherwise empty. */
    public static Optional<SystemTask> initWhenAbsent(ModuleContext context) {
        return context.exists(DIRECTORY) ? Optional.empty() : Optional.of(INIT);
    }
}
