package dev.protostar.modules.latex;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.modules.tooling.PreCommitModule;

/**
 * A LaTeX document: the files a TeX run and latexmk leave behind ignored ({@code *.aux}, {@code
 * *.fdb_latexmk}, {@code *.fls}, {@code *.log}, {@code *.synctex.gz}, {@code *.bbl}, {@code
 * *.blg}, {@code *.out}), and the {@code tex-fmt} formatter hook when the pre-commit module takes
 * part. It runs no program and needs none.
 */
public final class LatexModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "latex";

    /** The repository of the tex-fmt pre-commit hook. */
    static final String PRE_COMMIT_REPO = "https://github.com/WGUNDERWOOD/tex-fmt";

    /** The revision of the tex-fmt pre-commit hook (the first release that ships it). */
    static final String PRE_COMMIT_REV = "v0.5.3";

    /** The module; it has no options. */
    public LatexModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "LaTeX";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.LANGUAGE;
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore("*.aux", "*.fdb_latexmk", "*.fls", "*.log", "*.synctex.gz", "*.bbl", "*.blg", "*.out");
        if (context.isActive(PreCommitModule.ID)) {
            manifest.preCommitRepo(PreCommitRepo.of(PRE_COMMIT_REPO, PRE_COMMIT_REV, "tex-fmt"));
        }
    }
}
