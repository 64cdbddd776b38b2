package dev.protostar.modules.presets;

import dev.protostar.api.PresetSettings;
import dev.protostar.modules.python.PythonModule;
import java.util.List;

/**
 * A web API: FastAPI served by uvicorn, pydantic models and the httpx client; folders for
 * routers, core code and schemas; secrets (the environment file, keys and certificates) ignored.
 *
 * <p>Defaults: dependencies {@code fastapi}, {@code uvicorn}, {@code pydantic}, {@code httpx};
 * folders {@code api/routers}, {@code core}, {@code schemas}; {@code .gitignore} entries
 * {@code .env}, {@code *.pem}, {@code *.key}. A list
 * that a {@link PresetSettings} holds replaces the matching default list entirely. Needs the
 * {@value PythonModule#ID} module; without it the preset is skipped with a warning.
 */
public final class ApiPreset extends ListedPreset {

    /** The preset's id, also the name of its command-line flag ({@code --api}). */
    public static final String ID = "api";

    static final PresetLists DEFAULTS = new PresetLists(
            List.of("fastapi", "uvicorn", "pydantic", "httpx"),
            List.of("api/routers", "core", "schemas"),
            List.of(".env", "*.pem", "*.key"));

    /** The preset with its defaults. */
    public ApiPreset() {
        this(PresetSettings.defaults());
    }

    /**
     * The preset with {@code settings} replacing its default lists.
     *
     * @throws dev.protostar.api.ConfigurationException when a dependency is not a PEP 508
     *     requirement, an ignore entry is blank or spans lines, or a folder is not a relative path
     *     inside the project
     */
    public ApiPreset(PresetSettings settings) {
        super(ID, "API preset", DEFAULTS, settings);
    }
}
