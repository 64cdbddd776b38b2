package dev.protostar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theReadmeShowsExactlyTheCompiledExample() throws IOException {
        List<String> source = Files.readAllLines(
                ROOT.resolve("protostar-examples/src/main/java/dev/protostar/examples/QuickStart.java"));
        List<String> example = source.subList(indexOf(source, "// README:begin") + 1, indexOf(source, "// README:end"))
                .stream().map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).toList();

        String readme = Files.readString(ROOT.resolve("README.md"));
        String expectedBlock = "```java\n" + String.join("\n", example) + "\n```";
        assertThat(readme).contains(expectedBlock);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " not found");
    }

    @Test
    void theExampleScaffoldsAPythonProjectInMemory() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("CREATED pyproject.toml")
                .contains("CREATED .gitignore")
                .contains("[tool.ruff]")
                .contains("line-length = 88")
                .contains("[tool.ruff.lint]");
    }
}
