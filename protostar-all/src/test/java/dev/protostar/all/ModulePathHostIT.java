package dev.protostar.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * A JPMS host ({@code module host { requires dev.protostar.modules; }}) compiled and run on the module
 * path made of the built jars of protostar-api, -core and -modules and their dependencies.
 */
class ModulePathHostIT {

    private static final Path HOSTS = HostProgram.buildPath("protostar.host.sources");

    @Test
    void theLibraryJarsAreNamedModulesWithTheDocumentedNames() {
        Map<String, ModuleDescriptor> found = ModuleFinder.of(HostProgram.buildPath("protostar.module.path")).findAll()
                .stream().collect(java.util.stream.Collectors.toMap(m -> m.descriptor().name(), m -> m.descriptor()));

        assertThat(found).containsKeys("dev.protostar.api", "dev.protostar.core", "dev.protostar.modules");
        for (String name : List.of("dev.protostar.api", "dev.protostar.core", "dev.protostar.modules")) {
            assertThat(found.get(name).isAutomatic()).as(name + " has a module-info").isFalse();
        }
        assertThat(found.get("dev.protostar.core").exports())
                .as("core is exported to the facade's module only")
                .allSatisfy(export -> assertThat(export.targets()).containsExactly("dev.protostar.modules"));
        assertThat(found.get("dev.protostar.core").exports()).extracting(ModuleDescriptor.Exports::source)
                .as("every package of core, a new one included: add it to protostar-core/src/main/module-info")
                .containsExactlyInAnyOrderElementsOf(found.get("dev.protostar.core").packages());
        assertThat(found.get("dev.protostar.api").exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.protostar.api");
        assertThat(found.get("dev.protostar.modules").exports()).extracting(ModuleDescriptor.Exports::source)
                .as("the facade and the packages of the option types its methods take")
                .containsExactlyInAnyOrder("dev.protostar", "dev.protostar.modules.python", "dev.protostar.modules.node");
    }

    @Test
    void everyServicesFileOfALibraryJarIsAlsoAProvidesClauseInTheSameOrder() throws IOException {
        int servicesFiles = 0;
        for (Path jar : HostProgram.jarsIn(HostProgram.buildPath("protostar.module.path"))) {
            if (!jar.getFileName().toString().startsWith("protostar-")) {
                continue;
            }
            ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
            Map<String, List<String>> provided = descriptor.provides().stream()
                    .collect(java.util.stream.Collectors.toMap(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers));
            Map<String, List<String>> registered = servicesFiles(jar);
            servicesFiles += registered.size();

            assertThat(provided).as("provides ... with in %s's module-info.java: the same services and providers, "
                    + "in the same order, as its META-INF/services", descriptor.name())
                    .isEqualTo(registered);
        }
        assertThat(servicesFiles).as("the built-in modules are registered").isPositive();
        Path modulesJar = HostProgram.jarsIn(HostProgram.buildPath("protostar.module.path")).stream()
                .filter(j -> j.getFileName().toString().startsWith("protostar-modules-")).findFirst().orElseThrow();
        assertThat(ModuleFinder.of(modulesJar).find("dev.protostar.modules").orElseThrow().descriptor().uses())
                .as("Protostar.availableModules() loads them from dev.protostar.modules")
                .contains("dev.protostar.api.BootstrapModule");
    }

    @Test
    void aModulePathHostRunsTheOneLinerAndServiceLoaderFindsEveryModuleItsOwnIncluded() throws Exception {
        Path work = HostProgram.workFolder("module-path-host");
        List<Path> modulePath = HostProgram.jarsIn(HostProgram.buildPath("protostar.module.path"));
        Path classes = HostProgram.compile(work.resolve("classes"),
                List.of(HOSTS.resolve("module-host"), HOSTS.resolve("scenario")),
                List.of("--module-path", HostProgram.pathOf(modulePath)));

        HostProgram.Result result = HostProgram.java(work, List.of(
                "--module-path", HostProgram.pathOf(modulePath) + java.io.File.pathSeparator + classes,
                "-m", "host/org.example.host.ModuleHost"));

        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Map<String, String> printed = result.sections();
        assertThat(printed.get("host")).isEqualTo("host\n");
        assertThat(printed.get("facade")).isEqualTo("dev.protostar.modules\n");
        ScenarioResults.assertMergedEverything(printed);
        Path modulesJar = modulePath.stream()
                .filter(j -> j.getFileName().toString().startsWith("protostar-modules-")).findFirst().orElseThrow();
        ScenarioResults.assertFoundEveryModule(printed, servicesFile(modulesJar));
    }

    /** The provider classes {@code META-INF/services/dev.protostar.api.BootstrapModule} lists, in order. */
    static List<String> servicesFile(Path jar) throws IOException {
        return servicesFiles(jar).get("dev.protostar.api.BootstrapModule");
    }

    /** Every {@code META-INF/services} file of {@code jar}: service to providers, in the file's order. */
    static Map<String, List<String>> servicesFiles(Path jar) throws IOException {
        Map<String, List<String>> services = new java.util.TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (java.util.jar.JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith("META-INF/services/") && !entry.isDirectory()) {
                    String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    services.put(name.substring("META-INF/services/".length()),
                            text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
                }
            }
        }
        return services;
    }
}
