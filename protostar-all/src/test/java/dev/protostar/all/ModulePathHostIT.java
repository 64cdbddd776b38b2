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
        assertThat(found.get("dev.protostar.api").exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.protostar.api");
        assertThat(found.get("dev.protostar.modules").exports()).extracting(ModuleDescriptor.Exports::source)
                .as("the facade and the packages of the option types its methods take")
                .containsExactlyInAnyOrder("dev.protostar", "dev.protostar.modules.python", "dev.protostar.modules.node");
    }

    @Test
    void theModuleDescriptorProvidesTheModulesTheServicesFileRegisters() throws IOException {
        Path modulesJar = HostProgram.jarsIn(HostProgram.buildPath("protostar.module.path")).stream()
                .filter(j -> j.getFileName().toString().startsWith("protostar-modules-")).findFirst().orElseThrow();

        ModuleDescriptor descriptor = ModuleFinder.of(modulesJar).find("dev.protostar.modules").orElseThrow().descriptor();
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals("dev.protostar.api.BootstrapModule"))
                .flatMap(p -> p.providers().stream()).toList();

        assertThat(provided).as("provides ... with in module-info.java, in order")
                .containsExactlyElementsOf(servicesFile(modulesJar));
        assertThat(descriptor.uses()).contains("dev.protostar.api.BootstrapModule");
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
        try (JarFile file = new JarFile(jar.toFile())) {
            String text = new String(file.getInputStream(file.getEntry("META-INF/services/dev.protostar.api.BootstrapModule"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
