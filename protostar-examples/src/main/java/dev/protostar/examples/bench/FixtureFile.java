package dev.protostar.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one benchmark document to a file, so that whole-process measurements of the command line
 * ({@code protostar-examples/bench/cli-scaling.sh}) merge into exactly the text the in-process
 * benchmarks use.
 *
 * <p>Run: {@code java -cp protostar-examples/target/protostar-cli.jar
 * dev.protostar.examples.bench.FixtureFile custom 1024 pyproject.toml}.
 */
public final class FixtureFile {

    private FixtureFile() {
    }

    /**
     * Writes the document.
     *
     * @param args the shape ({@code pyproject} for {@link PyprojectFixture#pyproject}, {@code custom}
     *     for {@link PyprojectFixture#customSections}), the size in KiB, and the file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FixtureFile pyproject|custom KIB FILE");
        }
        String text = document(args[0], Integer.parseInt(args[1]));
        Files.writeString(Path.of(args[2]), text, StandardCharsets.UTF_8);
    }

    /** The document of {@code shape} ({@code pyproject} or {@code custom}) of about {@code kilobytes} KiB. */
    static String document(String shape, int kilobytes) {
        return switch (shape) {
            case "pyproject" -> PyprojectFixture.pyproject(kilobytes);
            case "custom" -> PyprojectFixture.customSections(kilobytes);
            default -> throw new IllegalArgumentException("unknown shape '" + shape + "': pyproject or custom");
        };
    }
}
