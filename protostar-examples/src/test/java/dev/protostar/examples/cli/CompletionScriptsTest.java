package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.Protostar;
import dev.protostar.api.GeneratorTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code protostar completion bash|zsh|fish}: each script is loaded by the real shell and asked
 * for completions the way the shell asks when Tab is pressed. zsh and fish are tested when they
 * are installed and skipped with the reason otherwise.
 */
class CompletionScriptsTest {

    private static final List<String> COMMANDS = List.of("init", "sync", "status", "diff", "eject", "generate", "config", "completion", "help");

    @TempDir
    Path folder;

    @Test
    void bashLoadsTheScriptAndRegistersIt() throws Exception {
        Path script = script("bash");

        assertThat(shell(shellPath("bash").orElseThrow(), "source <(cat '" + script + "'); complete -p protostar"))
                .isEqualTo("complete -o default -F _complete_protostar protostar\n");
    }

    @Test
    void bashCompletesCommandsOptionsAndValues() throws Exception {
        Path script = script("bash");

        assertThat(bashCompletions(script, "protostar", "")).containsExactlyElementsOf(COMMANDS);
        assertThat(bashCompletions(script, "protostar", "init", "--py"))
                .containsExactly("--python", "--pytest", "--python-version");
        assertThat(bashCompletions(script, "protostar", "init", "--package-manager", "")).containsExactly("uv", "pip");
        assertThat(bashCompletions(script, "protostar", "init", "--node-package-manager", "p")).containsExactly("pnpm");
        assertThat(bashCompletions(script, "protostar", "init", "-")).contains("-s", "--scientific", "-a", "--astro",
                "-e", "--embedded", "--dir", "--json");
        assertThat(bashCompletions(script, "protostar", "generate", "")).containsExactlyElementsOf(targets());
        assertThat(bashCompletions(script, "protostar", "generate", "--latex-preset", ""))
                .containsExactly("minimal", "science", "lab-report", "academic");
        assertThat(bashCompletions(script, "protostar", "completion", "")).containsExactly("bash", "zsh", "fish");
        assertThat(bashCompletions(script, "protostar", "init", "--no-")).containsExactly("--no-ruff", "--no-mypy",
                "--no-pytest", "--no-pre-commit", "--no-direnv", "--no-markdownlint", "--no-docker", "--no-config");
        assertThat(bashCompletions(script, "protostar", "help", "")).containsExactlyElementsOf(COMMANDS);
    }

    @Test
    void zshLoadsTheScriptThroughItsBashCompletionLayer() throws Exception {
        Path zsh = shellPath("zsh").orElse(null);
        Assumptions.assumeTrue(zsh != null, "zsh is not installed (no zsh on PATH): the zsh script is not tested");
        Path script = script("zsh");

        // zsh filters the candidates by the typed prefix itself; the script hands it every candidate.
        String out = shell(zsh, "-f", "source '" + script + "'; print -r -- \"${_comps[protostar]}\"; setopt ksharrays;"
                + " COMP_WORDS=(protostar init --py); COMP_CWORD=2; _complete_protostar; print -rl -- \"${COMPREPLY[@]}\";"
                + " print -r -- SEPARATOR; COMP_WORDS=(protostar init --package-manager ''); COMP_CWORD=3; _complete_protostar;"
                + " print -rl -- \"${COMPREPLY[@]}\"");

        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("_bash_complete -F _complete_protostar -o default");
        int separator = lines.indexOf("SEPARATOR");
        assertThat(lines.subList(1, separator)).contains("--python", "--pytest", "--python-version", "-s", "--scientific");
        assertThat(lines.subList(separator + 1, lines.size())).containsExactly("uv", "pip");
    }

    @Test
    void fishCompletesCommandsOptionsAndValues() throws Exception {
        Path fish = shellPath("fish").orElse(null);
        Assumptions.assumeTrue(fish != null, "fish is not installed (no fish on PATH): the fish script is not tested");
        Path script = script("fish");

        assertThat(fishCompletions(fish, script, "protostar ")).containsExactlyInAnyOrderElementsOf(COMMANDS);
        assertThat(fishCompletions(fish, script, "protostar init --py"))
                .containsExactlyInAnyOrder("--python", "--pytest", "--python-version");
        assertThat(fishCompletions(fish, script, "protostar init --no-r")).containsExactly("--no-ruff");
        assertThat(fishCompletions(fish, script, "protostar init --package-manager "))
                .containsExactlyInAnyOrder("uv", "pip");
        assertThat(fishCompletions(fish, script, "protostar generate ")).containsExactlyInAnyOrderElementsOf(targets());
        assertThat(fishCompletions(fish, script, "protostar generate --dir out "))
                .containsExactlyInAnyOrderElementsOf(targets());
        assertThat(fishCompletions(fish, script, "protostar generate tex ")).isEmpty();
        assertThat(fishCompletions(fish, script, "protostar completion ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
    }

    @Test
    void fishShowsEachOptionsDescription() throws Exception {
        Path fish = shellPath("fish").orElse(null);
        Assumptions.assumeTrue(fish != null, "fish is not installed (no fish on PATH): the fish script is not tested");

        assertThat(shell(fish, "source '" + script("fish") + "'; complete -C'protostar init --pyt'").lines())
                .contains("--pytest\tpytest: settings, tests/, pytest-cov and pytest-mock (needs --python).");
    }

    @Test
    void zshGetsTheBashScriptWhichSetsUpZshsBashCompletionItself() throws IOException {
        String zsh = Files.readString(script("zsh"));

        assertThat(zsh).isEqualTo(Files.readString(script("bash"))).contains("autoload -U +X bashcompinit && bashcompinit");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliRun run = CliRun.of(folder, Map.of("PATH", "", "HOME", folder.toString()), "completion", "tcsh");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Unknown shell 'tcsh'; completion scripts exist for bash, zsh and fish.\n");
    }

    private Path script(String shell) throws IOException {
        CliRun run = CliRun.of(folder, Map.of("PATH", "", "HOME", folder.toString()), "completion", shell);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path script = folder.resolve("protostar." + shell);
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        return script;
    }

    /** What bash offers when Tab is pressed after {@code words} (the last one being typed). */
    private List<String> bashCompletions(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append("'");
        }
        String out = shell(shellPath("bash").orElseThrow(), "source '" + script + "'; COMP_WORDS=(" + array + ");"
                + " COMP_CWORD=" + (words.length - 1) + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE};"
                + " _complete_protostar 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
        return out.lines().filter(line -> !line.isEmpty()).toList();
    }

    /** What fish offers for {@code commandLine} ({@code complete -C}), without the descriptions. */
    private static List<String> fishCompletions(Path fish, Path script, String commandLine) throws Exception {
        String out = shell(fish, "source '" + script + "'; complete -C'" + commandLine + "'");
        return out.lines().map(line -> line.split("\t", 2)[0]).toList();
    }

    private static List<String> targets() {
        return Protostar.generators().stream().map(GeneratorTarget::name).toList();
    }

    private static Optional<Path> shellPath(String name) {
        return Arrays.stream(Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin").split(":"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static String shell(Path shell, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(shell.toString()));
        command.addAll(List.of(args).subList(0, args.length - 1));
        command.add("-c");
        command.add(args[args.length - 1]);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
