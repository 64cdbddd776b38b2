package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ModuleCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every built-in module is discoverable with ServiceLoader, in registry order. */
class AvailableModulesTest {

    @Test
    void listsEveryBuiltInModuleInRegistryOrder() {
        List<String> ids = Protostar.availableModules().stream().map(BootstrapModule::id).toList();

        assertThat(ids).containsExactly(
                "system", "python", "rust", "node", "cpp", "latex",
                "ruff", "mypy", "pytest", "pre-commit", "direnv", "markdownlint", "docker",
                "scientific", "astro", "ml", "api", "cli", "dsp", "embedded");
    }

    @Test
    void categoriesNeverGoBackwards() {
        List<ModuleCategory> categories =
                Protostar.availableModules().stream().map(BootstrapModule::category).toList();

        assertThat(categories).isSorted();
        // CONFIGURATION belongs to the module the facade makes from the user's settings; it is not discoverable.
        assertThat(categories).contains(ModuleCategory.SYSTEM, ModuleCategory.LANGUAGE, ModuleCategory.TOOLING,
                ModuleCategory.PRESET).doesNotContain(ModuleCategory.CONFIGURATION);
    }

    @Test
    void eachModuleHasADisplayNameAndAFreshInstancePerCall() {
        List<BootstrapModule> first = Protostar.availableModules();
        List<BootstrapModule> second = Protostar.availableModules();

        assertThat(first).allSatisfy(module -> assertThat(module.displayName()).isNotBlank());
        assertThat(first.get(0)).isNotSameAs(second.get(0));
    }
}
