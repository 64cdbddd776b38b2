package dev.protostar.core.format;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of files Protostar is about to edit. A lenient decoder would turn malformed
 * bytes into U+FFFD and the next write would silently change bytes outside the edited spans;
 * refusing the file keeps the byte-for-byte promise.
 */
public final class Utf8Text {

    private Utf8Text() {}

    /**
     * The text of {@code bytes} (a byte order mark, if any, is kept as U+FEFF).
     *
     * @throws ValidationException naming {@code path} and the line and column of the first byte
     *     that is not valid UTF-8
     */
    public static String decode(WorkspacePath path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformedByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            return fail(path, line, column, String.format("byte 0x%02X is not valid UTF-8", bytes[bad] & 0xFF));
        }
    }

    private static String fail(WorkspacePath path, int line, int column, String detail) {
        throw new ValidationException(path, line, column, detail + "; Protostar only edits UTF-8 text.",
                "Re-save " + path + " as UTF-8 (or move it aside) and run again; nothing was changed.");
    }

    /** The offset of the first byte that starts no valid UTF-8 sequence. */
    private static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
