package dev.protostar.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * protostar-all beside a host's own, different Jackson on one class path: an IDE plugin's situation.
 * The host's Jackson classes come first on the class path, as a platform's libraries do.
 */
class ShadedJarBesideAnotherJacksonIT {

    private static final Path ALL_JAR = HostProgram.buildPath("protostar.all.jar");
    private static final List<String> RELOCATED = List.of(
            "com/fasterxml/", "org/yaml/snakeyaml/", "org/tomlj/", "org/antlr/", "org/apache/commons/exec/");

    @Test
    void everyThirdPartyClassAndServiceIsRelocatedUnderDevProtostarShaded() throws IOException {
        List<String> classes = new ArrayList<>();
        List<String> services = new ArrayList<>();
        try (JarFile jar = new JarFile(ALL_JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.add(name);
                } else if (name.startsWith("META-INF/services/") && !entry.isDirectory()) {
                    services.add(name.substring("META-INF/services/".length()) + " = "
                            + new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                                    .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
                }
            }
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("dev.protostar.all");
            assertThat(jar.isMultiRelease()).as("versioned classes would escape relocation").isFalse();
        }

        assertThat(classes).as("api, core, modules and the relocated libraries, nothing else, nothing under META-INF/versions")
                .allSatisfy(c -> assertThat(c).startsWith("dev/protostar/"))
                .contains("dev/protostar/Protostar.class", "dev/protostar/api/Workspace.class",
                        "dev/protostar/shaded/com/fasterxml/jackson/databind/ObjectMapper.class",
                        "dev/protostar/shaded/org/yaml/snakeyaml/Yaml.class",
                        "dev/protostar/shaded/org/tomlj/Toml.class",
                        "dev/protostar/shaded/org/tomlj/internal/antlr/v4/runtime/Parser.class",
                        "dev/protostar/shaded/org/apache/commons/exec/DefaultExecutor.class")
                .doesNotContain("module-info.class");
        assertThat(services).as("service files renamed and rewritten, Jackson's own included")
                .contains("dev.protostar.shaded.com.fasterxml.jackson.core.JsonFactory = ["
                        + "dev.protostar.shaded.com.fasterxml.jackson.core.JsonFactory, "
                        + "dev.protostar.shaded.com.fasterxml.jackson.dataformat.yaml.YAMLFactory]")
                .anySatisfy(s -> assertThat(s).startsWith("dev.protostar.api.BootstrapModule = [dev.protostar.modules."))
                .allSatisfy(s -> assertThat(s).startsWith("dev.protostar."))
                .noneSatisfy(s -> assertThat(RELOCATED.stream().anyMatch(p -> s.contains(p.replace('/', '.')) && !s.contains("shaded." + p.replace('/', '.')))).isTrue());
    }

    @Test
    void thePublishedPomDeclaresNoDependency() throws IOException {
        String pom = Files.readString(ALL_JAR.resolveSibling("dependency-reduced-pom.xml"));

        String dependencies = pom.substring(pom.lastIndexOf("<dependencies>"), pom.lastIndexOf("</dependencies>"));

        assertThat(pom).contains("<artifactId>protostar-all</artifactId>");
        assertThat(dependencies).as("only the test libraries every module inherits")
                .doesNotContain("<scope>compile</scope>", "<scope>runtime</scope>", "protostar-", "jackson", "tomlj",
                        "snakeyaml", "commons-exec")
                .contains("<scope>test</scope>");
    }

    @Test
    void aHostWithItsOwnJacksonRunsTomlJsoncAndYamlMergesAndKeepsItsJackson() throws Exception {
        Path work = HostProgram.workFolder("shaded-host");
        List<Path> hostJackson = HostProgram.jarsIn(HostProgram.buildPath("protostar.host.jackson"));
        String hostVersion = System.getProperty("protostar.host.jackson.version");
        assertThat(hostVersion).isNotEqualTo(System.getProperty("protostar.jackson.version"));
        assertThat(hostJackson).hasSize(3);
        List<Path> classPath = new ArrayList<>(hostJackson);
        classPath.add(ALL_JAR);
        Path hosts = HostProgram.buildPath("protostar.host.sources");
        Path classes = HostProgram.compile(work.resolve("classes"),
                List.of(hosts.resolve("classpath-host"), hosts.resolve("scenario")),
                List.of("-classpath", HostProgram.pathOf(classPath)));
        classPath.add(0, classes);

        HostProgram.Result result = HostProgram.java(work, List.of(
                "-classpath", HostProgram.pathOf(classPath), "org.example.host.ClassPathHost"));

        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Map<String, String> printed = result.sections();
        ScenarioResults.assertMergedEverything(printed);
        assertThat(printed.get("facade")).isEqualTo("unnamed\n");
        ScenarioResults.assertFoundEveryModule(printed, ModulePathHostIT.servicesFile(ALL_JAR));
        List<String> jackson = printed.get("host jackson").lines().toList();
        assertThat(jackson.get(0)).isEqualTo(hostVersion);
        assertThat(jackson.get(1)).isEqualTo("2");
        assertThat(jackson.get(2)).endsWith(File.separator + "jackson-databind-" + hostVersion + ".jar");
    }
}
