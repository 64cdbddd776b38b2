package dev.protostar.modules.generators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The expected files of the generators, under {@code src/test/resources/generators/}. */
final class GoldenFiles {

    private GoldenFiles() {}

    /** The bytes of {@code generators/<name>}. */
    static byte[] bytes(String name) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/generators/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No golden file generators/" + name + " on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
