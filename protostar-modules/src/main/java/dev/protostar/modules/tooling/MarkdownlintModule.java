package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitRepo;

/**
 * markdownlint, the Markdown style checker: a {@code .markdownlint.yaml} written when the project
 * has none, and, when pre-commit takes part in the run, the markdownlint-cli hook.
 */
public final class MarkdownlintModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "markdownlint";

    /** The repository of the markdownlint pre-commit hook. */
    static final String PRE_COMMIT_REPO = "https://github.com/igorshubovych/markdownlint-cli";

    /** The revision of the markdownlint pre-commit hook. */
    static final String PRE_COMMIT_REV = "v0.42.0";

    /** The configuration file's path. */
    static final String CONFIG_PATH = ".markdownlint.yaml";

    /** The configuration file, written only when absent. */
    static final String CONFIG = """
            # markdownlint settings, added by Protostar. The file is yours: Protostar will not rewrite it.
            default: true # start from every rule switched on
            MD013: false # no line length limit: prose reads better wrapped by the editor
            MD033: false # inline HTML is allowed, for badges, details blocks and the like
            MD024: # repeated headings are fine as long as they sit under different parents
              siblings_only: true
            MD031: true # fenced code blocks need a blank line before and after
            MD032: true # lists need a blank line before and after
            MD003: # headings are written with leading hashes
              style: atx
            MD004: # unordered list items start with a dash
              style: dash
            MD009: # no trailing spaces, except exactly two for a hard line break
              br_spaces: 2
              strict: false
            MD029: # ordered lists number every item 1.
              style: one
            """;

    /** The module; its settings are fixed. */
    public MarkdownlintModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "markdownlint";
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.inject(CONFIG_PATH, CONFIG);
        if (context.isActive(PreCommitModule.ID)) {
            manifest.preCommitRepo(PreCommitRepo.of(PRE_COMMIT_REPO, PRE_COMMIT_REV, "markdownlint"));
        }
    }
}
