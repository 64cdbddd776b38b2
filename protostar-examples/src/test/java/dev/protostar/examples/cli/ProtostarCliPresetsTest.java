package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.testing.StubPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preset flags of {@code protostar init}, with a stub uv on a controlled PATH. */
class ProtostarCliPresetsTest {

    @TempDir
    Path temp;

    private Path home;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    private CliRun cli(String... args) {
        return CliRun.of(home, stubs.environment(), args);
    }

    @Test
    void everyPresetFlagTogetherAddsTheUnionInRegistryOrder() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "needs the real git in /usr/bin");

        CliRun run = cli("init", "-p", "--embedded", "--dsp", "--cli", "--api", "--ml", "--astro", "--scientific",
                "--dir", "lab");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.out()).contains("SUCCESS:").doesNotContain("PARTIAL");
        assertThat(stubs.calls()).containsExactly(
                "uv init --no-workspace --bare --pin-python --python 3.13",
                "uv add -- numpy matplotlib seaborn pandas scipy ipykernel scikit-learn astropy astroquery photutils"
                        + " specutils nbdime torch huggingface_hub tqdm fastapi uvicorn pydantic httpx typer rich"
                        + " librosa soundfile mido mutagen pydub pyserial esptool adafruit-blinka",
                "uv add --dev -- ruff",
                "uv run nbdime config-git --enable");
        Path project = home.resolve("lab");
        assertThat(project.resolve(".git/HEAD")).exists();
        assertThat(Files.readString(project.resolve(".gitattributes"))).startsWith("# region: protostar astro\n");
        for (String folder : List.of("data/catalogs", "data/fits", "data/raw_audio", "data/processed", "models",
                "notebooks", "src", "tests", "api/routers", "core", "schemas")) {
            assertThat(project.resolve(folder)).as(folder).isDirectory();
        }
        assertThat(Files.readAllLines(project.resolve(".gitignore")))
                .contains("*.nc", "*.fits", "*.safetensors", "wandb/", "*.pem", "*.midi")
                .doesNotHaveDuplicates();
    }

    @Test
    void aPresetWithoutPythonIsBadUsageNamingTheFlagItNeeds() throws IOException {
        CliRun run = cli("init", "--cli", "--dir", "tool");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--cli needs --python (-p).\nRun 'protostar init --help' for the options.\n");
        assertThat(stubs.calls()).isEmpty();
        assertThat(home.resolve("tool")).doesNotExist();
    }

    @Test
    void aDryRunShowsTheAttributesAndTheNbdimeCommandWithoutRunningAnything() throws IOException {
        CliRun run = cli("init", "-p", "--astro", "--dry-run", "--dir", "sky");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains(".gitattributes").contains("*.fits binary")
                .contains("git init").contains("uv run nbdime config-git --enable");
        assertThat(stubs.calls()).isEmpty();
        assertThat(home.resolve("sky")).doesNotExist();
    }

    @Test
    void helpListsTheSevenPresetFlags() {
        CliRun run = cli("init", "--help");

        assertThat(run.exitCode()).isEqualTo(0);
        for (String flag : List.of("--scientific", "--astro", "--ml", "--api", "--cli", "--dsp", "--embedded")) {
            assertThat(run.out()).contains(flag);
        }
    }
}
