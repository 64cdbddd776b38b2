package dev.protostar.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    private static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    @Test
    void validUtf8IncludingABomDecodesUnchanged() {
        String text = "\uFEFF# café ☕\r\nname = \"x\"\n";
        assertThat(Utf8Text.decode(PATH, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void aMalformedByteIsRefusedWithItsLineAndColumn() {
        byte[] bytes = "a = 1\n# é \u00ff\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF; // overwrite the first byte of "ÿ" (C3 BF) with 0xFF

        assertThatThrownBy(() -> Utf8Text.decode(PATH, bytes))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage()).isEqualTo(
                            "pyproject.toml:2:5: byte 0xFF is not valid UTF-8; Protostar only edits UTF-8 text.");
                });
    }

    @Test
    void anEncodedSurrogateIsRefused() {
        byte[] bytes = {'#', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};

        assertThatThrownBy(() -> Utf8Text.decode(PATH, bytes))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.column()).isEqualTo(3));
    }
}
