package dev.protostar.modules.node;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.tooling.PreCommitModule;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Node project managed with npm (default), pnpm or Yarn: {@code node_modules/}, {@code dist/}
 * and {@code .next/} ignored, and the manager's init command ({@code npm init -y}, {@code pnpm
 * init}, {@code yarn init -y}) when there is no {@code package.json}.
 *
 * <p>When the pre-commit module takes part, the Prettier and ESLint hooks are declared, and {@value
 * #ESLINT_CONFIG} is written when the project has no ESLint configuration file, because ESLint 9
 * refuses to run without one.
 *
 * <p>A {@code package.json} that exists already is a collision: it is left as it is, and no task runs.
 */
@dev.protostar.api.Internal
public final class NodeModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "node";

    /** The manifest of a Node package; its presence means the folder holds one already. */
    static final WorkspacePath PACKAGE_JSON = WorkspacePath.of("package.json");

    /** The repository of the Prettier pre-commit hook (the pre-commit project's own mirror is archived). */
    static final String PRETTIER_REPO = "https://github.com/rbubley/mirrors-prettier";

    /** The revision of the Prettier pre-commit hook. */
    static final String PRETTIER_REV = "v3.4.2";

    /** The repository of the ESLint pre-commit hook. */
    static final String ESLINT_REPO = "https://github.com/pre-commit/mirrors-eslint";

    /** The revision of the ESLint pre-commit hook. */
    static final String ESLINT_REV = "v9.14.0";

    /** The ESLint configuration written for the hook when the project has none. */
    static final String ESLINT_CONFIG = "eslint.config.mjs";

    /** The names ESLint 9 looks for, in its own order. */
    static final List<String> ESLINT_CONFIG_NAMES = List.of("eslint.config.js", "eslint.config.mjs",
            "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts");

    /** A configuration that needs no plugin, so the hook runs without additional dependencies. */
    static final String ESLINT_CONFIG_CONTENT = """
            // ESLint settings, added by Protostar for the pre-commit hook. Edit freely: Protostar
            // writes this file only when the project has no ESLint configuration.
            export default [
              {
                files: ["**/*.{js,mjs,cjs,jsx}"],
                rules: {
                  "no-unused-vars": "warn", // a variable, import or parameter that nothing reads
                  "no-unreachable": "error", // code after return, throw, break or continue
                  "no-dupe-keys": "error", // an object literal naming the same key twice
                  eqeqeq: ["error", "smart"], // == and != only where comparing with null is meant
                },
              },
            ];
            """;

    private final NodePackageManager packageManager;

    /** Node with npm. */
    public NodeModule() {
        this(NodePackageManager.NPM);
    }

    /** Node with the given package manager. */
    public NodeModule(NodePackageManager packageManager) {
        this.packageManager = Objects.requireNonNull(packageManager, "packageManager");
    }

    /** The package manager this module was made with. */
    public NodePackageManager packageManager() {
        return packageManager;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Node";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.LANGUAGE;
    }

    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return Set.of(packageManager.program());
    }

    @Override
    public Set<WorkspacePath> collisionMarkers(ModuleContext context) {
        return Set.of(PACKAGE_JSON);
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore("node_modules/", "dist/", ".next/");
        if (!context.exists(PACKAGE_JSON)) {
            manifest.systemTask(SystemTask.command(packageManager.initCommand())
                    .description("Creating package.json with " + String.join(" ", packageManager.initCommand()))
                    .owns(packageManager.initWrites().toArray(String[]::new))
                    .build());
        }
        if (context.isActive(PreCommitModule.ID)) {
            manifest.preCommitRepo(PreCommitRepo.of(PRETTIER_REPO, PRETTIER_REV, "prettier"));
            manifest.preCommitRepo(PreCommitRepo.of(ESLINT_REPO, ESLINT_REV, "eslint"));
            // Our own file does not count: a sync would otherwise stop declaring the file it wrote and retract it.
            if (ESLINT_CONFIG_NAMES.stream().filter(name -> !name.equals(ESLINT_CONFIG))
                    .noneMatch(name -> context.exists(WorkspacePath.of(name)))) {
                manifest.inject(ESLINT_CONFIG, ESLINT_CONFIG_CONTENT);
            }
        }
    }
}
