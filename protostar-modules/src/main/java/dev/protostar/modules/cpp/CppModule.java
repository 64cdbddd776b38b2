package dev.protostar.modules.cpp;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.modules.tooling.PreCommitModule;

/**
 * A C++ project: build output, object files, clangd's cache and the compilation database ignored
 * ({@code build/}, {@code *.o}, {@code *.out}, {@code .cache/}, {@code compile_commands.json}), and
 * the {@code clang-format} hook when the pre-commit module takes part. It runs no program and
 * needs none, since C++ projects are set up with many different build systems.
 */
public final class CppModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "cpp";

    /** The repository of the clang-format pre-commit hook. */
    static final String PRE_COMMIT_REPO = "https://github.com/pre-commit/mirrors-clang-format";

    /** The revision of the clang-format pre-commit hook. */
    static final String PRE_COMMIT_REV = "v19.1.4";

    /** The module; it has no options. */
    public CppModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "C++";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.LANGUAGE;
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore("build/", "*.o", "*.out", ".cache/", "compile_commands.json");
        if (context.isActive(PreCommitModule.ID)) {
            manifest.preCommitRepo(PreCommitRepo.of(PRE_COMMIT_REPO, PRE_COMMIT_REV, "clang-format"));
        }
    }
}
