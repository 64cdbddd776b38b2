package dev.protostar.modules.rust;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.tooling.PreCommitModule;
import java.util.List;
import java.util.Set;

/**
 * A Rust project built with Cargo: {@code target/} ignored, and {@code cargo init --vcs none} when
 * there is no {@code Cargo.toml} (it writes {@code Cargo.toml} and {@code src/main.rs}, named after
 * the folder). When the pre-commit module takes part, the {@code fmt} and {@code clippy} hooks of
 * {@value #PRE_COMMIT_REPO} are declared as well.
 *
 * <p>{@code --vcs none} keeps the result the same wherever the folder is: left to itself, cargo
 * creates a Git repository and its own {@code .gitignore} only when the folder is not inside another
 * repository. Protostar maintains {@code .gitignore} itself, and the pre-commit module runs {@code
 * git init} when a repository is wanted.
 *
 * <p>A {@code Cargo.toml} that exists already is a collision: it is left as it is, and no task runs.
 */
public final class RustModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "rust";

    /** Cargo's manifest; its presence means the folder holds a Rust package already. */
    static final WorkspacePath CARGO_TOML = WorkspacePath.of("Cargo.toml");

    /** The repository of the rustfmt and Clippy pre-commit hooks. */
    static final String PRE_COMMIT_REPO = "https://github.com/doublify/pre-commit-rust";

    /** The revision of the rustfmt and Clippy pre-commit hooks. */
    static final String PRE_COMMIT_REV = "v1.0";

    /** The module; it has no options. */
    public RustModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Rust";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.LANGUAGE;
    }

    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return Set.of("cargo");
    }

    @Override
    public Set<WorkspacePath> collisionMarkers(ModuleContext context) {
        return Set.of(CARGO_TOML);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore("target/");
        if (!context.exists(CARGO_TOML)) {
            manifest.systemTask(SystemTask.command("cargo", "init", "--vcs", "none")
                    .description("Creating Cargo.toml and src/main.rs with cargo init")
                    .owns(CARGO_TOML.toString(), "src")
                    .build());
        }
        if (context.isActive(PreCommitModule.ID)) {
            manifest.preCommitRepo(new PreCommitRepo(PRE_COMMIT_REPO, PRE_COMMIT_REV,
                    List.of(PreCommitHook.of("fmt"), PreCommitHook.of("clippy"))));
        }
    }
}
