package dev.protostar.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes of a file at one moment, as an immutable value.
 *
 * <p>The array is copied on the way in and on the way out, so no caller can change a {@code
 * FileContent} after it was made. Two contents are equal when their bytes are equal.
 *
 * @param bytes the file's bytes (a copy)
 */
public record FileContent(byte[] bytes) {

    /** Copies {@code bytes}. */
    public FileContent {
        bytes = bytes.clone();
    }

    /** The content {@code text} encoded as UTF-8. */
    public static FileContent ofUtf8(String text) {
        return new FileContent(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /**
     * The content as text: present when the bytes are valid UTF-8 and hold no NUL character (a
     * byte order mark, if any, is kept as {@code U+FEFF}); empty for binary content.
     */
    public Optional<String> text() {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return decoded.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(decoded);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Whether {@link #text()} is present. */
    public boolean isText() {
        return text().isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileContent other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The size only, such as {@code "FileContent[42 bytes]"}. */
    @Override
    public String toString() {
        return "FileContent[" + bytes.length + (bytes.length == 1 ? " byte]" : " bytes]");
    }
}
