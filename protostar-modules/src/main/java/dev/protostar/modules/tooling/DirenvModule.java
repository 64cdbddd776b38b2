package dev.protostar.modules.tooling;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.SystemTask;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonModule;
import java.util.Set;

/**
 * direnv, which loads the project's environment on entering its folder: a region {@code
 * python-venv} in {@code .envrc}, personal overrides in an ignored {@code .envrc.local}, and {@code
 * direnv allow} so that the file is trusted right away.
 *
 * <p>With the {@value PythonModule#ID} module, the region creates {@code .venv} when it is missing
 * ({@code uv sync} for uv, {@code python3 -m venv .venv} for pip), sets {@code VIRTUAL_ENV} and puts
 * {@code .venv/bin} first on the PATH, so that {@code python} and the project's tools are the
 * venv's. Without Python there is no venv to activate, so the region only loads {@code .envrc.local}
 * when it exists; the file is still useful as the one place for the project's variables.
 *
 * <p>{@code direnv allow} is marked {@linkplain SystemTask.Builder#warnOnFailure() warn on
 * failure}: a failing approval leaves the scaffold in place and can be repeated by hand.
 */
public final class DirenvModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "direnv";

    /** The region's tag in {@code .envrc}. */
    static final String TAG = "python-venv";

    static final String LOCAL = "source_env_if_exists .envrc.local\n";

    /** The region for a Python project; {@code %s} is the command that creates the venv. */
    private static final String PYTHON_CONTENT = """
            if [ ! -d .venv ]; then
              %s
            fi
            export VIRTUAL_ENV="$PWD/.venv"
            PATH_add .venv/bin
            """ + LOCAL;

    static final String UV_CONTENT = PYTHON_CONTENT.formatted("uv sync");
    static final String PIP_CONTENT = PYTHON_CONTENT.formatted("python3 -m venv .venv");

    /** The module; its content follows from the other modules of the run. */
    public DirenvModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "direnv";
    }

    private static final WorkspacePath ENVRC = WorkspacePath.of(".envrc");

    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return Set.of("direnv");
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.vcsIgnore(".envrc.local", ".direnv/");
        String content = context.activeModule(PythonModule.class)
                .map(python -> python.options().packageManager() == PackageManager.UV ? UV_CONTENT : PIP_CONTENT)
                .orElse(LOCAL);
        manifest.textBlock(".envrc", TAG, content);
        if (!alreadyInPlace(context, content)) {
            manifest.postInstallTask(SystemTask.command("direnv", "allow")
                    .description("Allowing direnv to load .envrc")
                    .warnOnFailure()
                    .build());
        }
    }

    /**
     * Whether {@code .envrc} already holds this region with this content: then this run does not
     * change it, an earlier {@code direnv allow} still applies, and no program needs to run.
     */
    private static boolean alreadyInPlace(ModuleContext context, String content) {
        return context.readString(ENVRC)
                .map(text -> text.replace("\r\n", "\n"))
                .filter(text -> text.contains("region: protostar " + TAG + "\n" + content))
                .isPresent();
    }
}
