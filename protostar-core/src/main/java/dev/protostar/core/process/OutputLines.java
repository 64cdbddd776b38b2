package dev.protostar.core.process;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Splits one output stream into lines (without their {@code \n} or {@code \r\n}) and hands each to
 * a consumer. A line longer than the limit is cut: the consumer gets its first bytes (ending on a
 * whole UTF-8 character) followed by a note saying how many bytes were dropped, so a program that
 * writes 100 MB without a newline costs no more memory than a short line.
 */
final class OutputLines {

    private final byte[] line;
    private final Consumer<String> consumer;
    private int length;
    private long dropped;

    OutputLines(int maxLineBytes, Consumer<String> consumer) {
        this.line = new byte[maxLineBytes];
        this.consumer = consumer;
    }

    /** Takes the next {@code count} bytes of the stream. */
    void accept(byte[] bytes, int count) {
        int start = 0;
        for (int i = 0; i < count; i++) {
            if (bytes[i] == '\n') {
                add(bytes, start, i - start);
                emit();
                start = i + 1;
            }
        }
        add(bytes, start, count - start);
    }

    /** The stream ended: a last line without a newline is handed over too. */
    void finish() {
        if (length > 0 || dropped > 0) {
            emit();
        }
    }

    private void add(byte[] bytes, int offset, int count) {
        int kept = Math.min(count, line.length - length);
        System.arraycopy(bytes, offset, line, length, kept);
        length += kept;
        dropped += count - kept;
    }

    private void emit() {
        int end = length;
        String text;
        if (dropped == 0) {
            if (end > 0 && line[end - 1] == '\r') {
                end--;
            }
            text = new String(line, 0, end, StandardCharsets.UTF_8);
        } else {
            end = wholeCharactersEnd(end);
            text = new String(line, 0, end, StandardCharsets.UTF_8) + " [protostar: line cut after " + end
                    + " bytes; " + (dropped + length - end) + " more bytes dropped]";
        }
        length = 0;
        dropped = 0;
        consumer.accept(text);
    }

    /** Where the kept bytes end without the start of a character whose other bytes were cut off. */
    private int wholeCharactersEnd(int end) {
        int lead = end - 1;
        while (lead >= 0 && end - lead <= 4 && (line[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead < 0 || (line[lead] & 0x80) == 0) {
            return end; // ASCII last, or no lead byte found: nothing to trim
        }
        int needed = (line[lead] & 0xE0) == 0xC0 ? 2 : (line[lead] & 0xF0) == 0xE0 ? 3 : (line[lead] & 0xF8) == 0xF0 ? 4 : 1;
        return end - lead >= needed ? end : lead;
    }
}
