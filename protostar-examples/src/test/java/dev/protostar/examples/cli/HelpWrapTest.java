package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Help text wraps between words only: the words of every command's help at the usual 80 columns
 * are exactly the words of the same help on one very wide line, so no path, flag or word was cut
 * in two (before the fix, {@code ~/.config/protostar/config.toml} became {@code ~/.} and
 * {@code config/protostar/config.toml}, and {@code [--[no-]mypy]} became {@code [--[no-]} and {@code mypy]}).
 */
class HelpWrapTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "init --help", "generate --help", "config --help", "help", "help init",
            "completion --help"})
    void noLineEndsInsideAWord(String commandLine) {
        String[] args = commandLine.split(" ");
        String narrow = help(args, null);
        String wide = help(args, "2000");

        assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(words(narrow)).isEqualTo(words(wide));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"~/.config/protostar/config.toml", ".pre-commit-config.yaml", "[--[no-]mypy]",
            ".gitattributes", ".protostar.toml"})
    void initHelpKeepsPathsAndFlagsWhole(String word) {
        assertThat(help(new String[] {"init", "--help"}, null)).contains(word);
    }

    private String help(String[] args, String width) {
        String previous = System.getProperty("picocli.usage.width");
        try {
            if (width != null) {
                System.setProperty("picocli.usage.width", width);
            }
            CliRun run = CliRun.of(folder, Map.of("PATH", "", "HOME", folder.toString()), args);
            assertThat(run.exitCode()).as(run.err()).isZero();
            return run.out();
        } finally {
            if (previous == null) {
                System.clearProperty("picocli.usage.width");
            } else {
                System.setProperty("picocli.usage.width", previous);
            }
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
