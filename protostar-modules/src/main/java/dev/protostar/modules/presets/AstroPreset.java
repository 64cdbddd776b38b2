package dev.protostar.modules.presets;

import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonModule;
import dev.protostar.api.PythonRequirement;
import dev.protostar.modules.system.GitRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Astronomy: the scientific stack with Astropy, astroquery, photutils and specutils, and nbdime so
 * that notebooks diff and merge cell by cell; folders for catalogues, FITS files, notebooks and
 * sources; data files ignored.
 *
 * <p>Beyond its lists the preset keeps a Git repository in shape for this kind of work:
 * <ul>
 *   <li>{@code git init} when the workspace has no {@code .git} (the same task as pre-commit's, so
 *       with both only one runs);
 *   <li>a region {@value #TAG} in {@code .gitattributes} that marks FITS files binary and gives
 *       notebooks LF line endings and nbdime's diff and merge drivers; re-runs replace the region
 *       and keep every line outside it;
 *   <li>after the dependencies are installed, {@code nbdime config-git --enable} through the
 *       project's package manager ({@code uv run nbdime ...} with uv, {@code .venv/bin/nbdime ...}
 *       with pip), which registers those drivers in {@code .git/config}. It is declared only while
 *       {@code .git/config} lacks nbdime's diff driver and {@code nbdime} is among the dependencies,
 *       and a failure is a warning.
 * </ul>
 *
 * <p>Defaults: dependencies {@code numpy}, {@code scipy}, {@code pandas}, {@code matplotlib},
 * {@code astropy}, {@code astroquery}, {@code photutils}, {@code specutils}, {@code nbdime};
 * folders {@code data/catalogs}, {@code data/fits}, {@code notebooks}, {@code src};
 * {@code .gitignore} entries {@code *.fits}, {@code *.fit}, {@code *.fts}, {@code *.csv},
 * {@code *.parquet}. A list that a {@link PresetSettings} holds replaces the matching default list
 * entirely. Needs the {@value PythonModule#ID} module; without it the preset is skipped with a
 * warning.
 */
public final class AstroPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --astro}). */
    public static final String ID = "astro";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("numpy", "scipy", "pandas", "matplotlib", "astropy", "astroquery", "photutils", "specutils",
                    "nbdime"),
            List.of("data/catalogs", "data/fits", "notebooks", "src"),
            List.of("*.fits", "*.fit", "*.fts", "*.csv", "*.parquet"));

    /** The file that holds the preset's Git attributes. */
    static final WorkspacePath GITATTRIBUTES = WorkspacePath.of(".gitattributes");

    /** The region's tag in {@code .gitattributes}. */
    static final String TAG = "astro";

    /** The region's content. */
    static final String GITATTRIBUTES_CONTENT = """
            # FITS images and tables are binary: no line-ending conversion, no line-based diff or merge.
            *.fits binary
            *.fit binary
            *.fts binary
            # Notebooks keep LF line endings on every system; nbdime diffs and merges them cell by cell.
            *.ipynb text eol=lf diff=jupyternotebook merge=jupyternotebook
            """;

    /** The section {@code nbdime config-git --enable} adds to {@code .git/config}; present means configured. */
    static final String NBDIME_DIFF_DRIVER = "[diff \"jupyternotebook\"]";

    /** The preset with its defaults. */
    public AstroPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    public AstroPreset(PresetSettings settings) {
        super(ID, "Astro preset", DEFAULTS, settings);
    }

    /** {@code git}, for {@code git init} and for the settings nbdime writes through it. */
    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return Set.of("git");
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        super.contribute(manifest, context);
        GitRepository.initWhenAbsent(context).ifPresent(manifest::systemTask);
        manifest.textBlock(GITATTRIBUTES.toString(), TAG, GITATTRIBUTES_CONTENT);
        if (installsNbdime() && !nbdimeConfigured(context)) {
            manifest.postInstallTask(SystemTask.command(nbdimeCommand(context))
                    .description("Registering nbdime's notebook diff and merge drivers with Git")
                    .owns(GitRepository.CONFIG.toString(), GITATTRIBUTES.toString())
                    .warnOnFailure()
                    .build());
        }
    }

    private boolean installsNbdime() {
        return lists().dependencies().stream().anyMatch(requirement -> PythonRequirement.canonicalName(requirement).equals("nbdime"));
    }

    private static boolean nbdimeConfigured(ModuleContext context) {
        return context.readString(GitRepository.CONFIG)
                .filter(config -> config.lines().anyMatch(line -> line.strip().equals(NBDIME_DIFF_DRIVER)))
                .isPresent();
    }

    private static List<String> nbdimeCommand(ModuleContext context) {
        Optional<PackageManager> manager = context.activeModule(PythonModule.class)
                .map(python -> python.options().packageManager());
        return manager.map(m -> switch (m) {
            case UV -> List.of("uv", "run", "nbdime", "config-git", "--enable");
            case PIP -> List.of(".venv/bin/nbdime", "config-git", "--enable");
        }).orElse(List.of("nbdime", "config-git", "--enable"));
    }
}
