package dev.protostar.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlMerger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the merged texts of the benchmark documents, byte for byte (by length and SHA-256), at the
 * sizes the scaling benchmarks use: the ruff, mypy and pytest payloads merged together
 * ({@code TomlMerger.mergeAll}, the executor's path) and one after another ({@code merge} three
 * times). The digests were recorded from the code before the placement and the header scan were
 * made linear in the number of headers (commit {@code 632ed86}), so they show that the faster code
 * writes exactly what the slower one wrote.
 *
 * <p>Shapes: {@code pyproject} is {@link PyprojectFixture#pyproject} (new tool tables are moved up
 * above {@code [dependency-groups]}); {@code custom} is {@link PyprojectFixture#customSections}
 * (thousands of headers, half of them arrays of tables; new tables stay at the end);
 * {@code custom+tail} is the same with a {@code [build-system]} table last, so every new table is
 * moved up over thousands of headers.
 */
class LargeMergeOutputsTest {

    private static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    private static final String TAIL = """

            [build-system]
            requires = ["hatchling"]  # the build backend
            build-backend = "hatchling.build"
            """;

    static Stream<Arguments> together() {
        return Stream.of(
                Arguments.of("pyproject", 30, 32170,
                        "e17af570239c31904fa74032506d3b6c18a3e7c550d0cf69443028e63eeb04ba"),
                Arguments.of("pyproject", 250, 257086,
                        "9fab232d4ac45e98209dfdee4b0a17bc81d18a702513384c8fd1fa76157c6526"),
                Arguments.of("pyproject", 1000, 1025568,
                        "05b1acaa96941cf478b2d6af7e50b87670e3d2580d7c3079b8d3082f673fa7ce"),
                Arguments.of("custom", 30, 31778,
                        "0b0a5f17119554d11f8bdc2db18e0beff39c1c539110ee6303235c5a7a6a9b22"),
                Arguments.of("custom", 250, 256894,
                        "6b5124951efd78cf2a95592e701470fa850eb736c53ad8829c12e91ebed8c884"),
                Arguments.of("custom", 1000, 1025064,
                        "7487edbf61778a3a368e05f5eb7d66cf688afcf0a9ef977bc8bc1abe0061ccff"),
                Arguments.of("custom", 4000, 4096962,
                        "0f14f9a80ae0239fe493398adb7b51780bf7e0765f8623da7f3ac3ef2aaaeaaa"),
                Arguments.of("custom+tail", 30, 31874,
                        "063e07131bdca1644cc1c8600b454901794a54af2de5e9920d095d1029d24685"),
                Arguments.of("custom+tail", 250, 256990,
                        "124e3422c429edd6c75e4f1545303ad502a75800ed8ffc8d5c05a452d9480c07"),
                Arguments.of("custom+tail", 1000, 1025160,
                        "a2aba0b71e918a9d013e16f51445289a759f4ffaf9843a197860ccd0045db955"));
    }

    static Stream<Arguments> oneAfterAnother() {
        return Stream.of(
                Arguments.of("pyproject", 30, 32170,
                        "e17af570239c31904fa74032506d3b6c18a3e7c550d0cf69443028e63eeb04ba"),
                Arguments.of("pyproject", 250, 257086,
                        "9fab232d4ac45e98209dfdee4b0a17bc81d18a702513384c8fd1fa76157c6526"),
                Arguments.of("custom", 30, 31778,
                        "0b0a5f17119554d11f8bdc2db18e0beff39c1c539110ee6303235c5a7a6a9b22"),
                Arguments.of("custom", 250, 256894,
                        "6b5124951efd78cf2a95592e701470fa850eb736c53ad8829c12e91ebed8c884"),
                Arguments.of("custom+tail", 30, 31874,
                        "063e07131bdca1644cc1c8600b454901794a54af2de5e9920d095d1029d24685"),
                Arguments.of("custom+tail", 250, 256990,
                        "124e3422c429edd6c75e4f1545303ad502a75800ed8ffc8d5c05a452d9480c07"));
    }

    @ParameterizedTest(name = "{0} {1} KiB")
    @MethodSource("together")
    void mergedTogetherAsBefore(String shape, int kilobytes, int length, String sha256) {
        String merged = TomlMerger.mergeAll(PATH, document(shape, kilobytes), PyprojectFixture.PAYLOADS,
                Resolution.MERGE).text();
        assertThat(merged.length()).isEqualTo(length);
        assertThat(sha256(merged)).isEqualTo(sha256);
    }

    @ParameterizedTest(name = "{0} {1} KiB")
    @MethodSource("oneAfterAnother")
    void mergedOneAfterAnotherAsBefore(String shape, int kilobytes, int length, String sha256) {
        String merged = document(shape, kilobytes);
        for (String payload : PyprojectFixture.PAYLOADS) {
            merged = TomlMerger.merge(PATH, merged, payload, Resolution.MERGE).text();
        }
        assertThat(merged.length()).isEqualTo(length);
        assertThat(sha256(merged)).isEqualTo(sha256);
    }

    private static String document(String shape, int kilobytes) {
        return switch (shape) {
            case "pyproject" -> PyprojectFixture.pyproject(kilobytes);
            case "custom" -> PyprojectFixture.customSections(kilobytes);
            case "custom+tail" -> PyprojectFixture.customSections(kilobytes) + TAIL;
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new AssertionError(absent);
        }
    }
}
