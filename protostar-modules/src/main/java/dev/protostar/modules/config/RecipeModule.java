package dev.protostar.modules.config;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.Recipe;
import dev.protostar.core.config.ConfigFiles;
import dev.protostar.core.config.RecipeFile;
import java.util.Objects;

/**
 * Records what the run makes of the project, its {@link Recipe}, as the {@code [recipe]} table of
 * the project's {@code .protostar.toml}: a TOML merge like any other, so it is written in the same
 * transaction as every other file, and the configuration the file already holds keeps every byte.
 * The facade adds it to every run that selects a language.
 */
public final class RecipeModule implements BootstrapModule {

    /** The module's id. */
    public static final String ID = "recipe";

    private final Recipe recipe;

    /** The module that records {@code recipe}. */
    public RecipeModule(Recipe recipe) {
        this.recipe = Objects.requireNonNull(recipe, "recipe");
    }

    /** The recipe this module records. */
    public Recipe recipe() {
        return recipe;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Recipe";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.CONFIGURATION;
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        manifest.mergeToml(ConfigFiles.PROJECT_FILE_NAME, RecipeFile.render(recipe));
    }
}
