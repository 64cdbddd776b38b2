package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.SectionHeaders.Header;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.tomlj.TomlWriteOptions;

/**
 * Adds the payload's missing top-level keys to a document as text, after its existing top-level
 * keys and above its first section. tomlj 2.2.0 sometimes writes a key set on the root below a
 * section header, where it belongs to the wrong table: when the document starts with a nested
 * header such as {@code [tool.a.sub]} whose parents are implicit, and when other edits in the same
 * document follow. Giving the new keys source lines before tomlj edits anything avoids both.
 */
final class RootKeyPreamble {

    private RootKeyPreamble() {
    }

    /**
     * {@code body} with the payload's top-level keys that {@code document} lacks written after the
     * last line of its top-level keys (or, when it has none, above its first section and the
     * comment lines attached to it, followed by a blank line); {@code body} itself when there is
     * nothing to add or the document has no section (tomlj then appends root keys correctly).
     *
     * @param document {@code body} parsed
     * @param payloadText the payload's text, with the file's line breaks
     * @param payload {@code payloadText} parsed
     * @param options the options the file is written with (version, line separator)
     */
    static String prepend(String body, TomlTable document, String payloadText, TomlTable payload,
            TomlWriteOptions options) {
        String newline = options.lineSeparator();
        List<Header> payloadHeaders = SectionHeaders.of(payload, List.of(payloadText.split(newline, -1)));
        TomlParseResult preamble = Toml.parse("");
        for (String key : payload.keySet()) {
            List<String> local = List.of(key);
            if (!document.contains(local) && payloadHeaders.stream().noneMatch(h -> h.isWithin(local))) {
                preamble.set(local, payload.entry(local).value());
                PayloadComments.copy(payload, preamble, key);
            }
        }
        if (preamble.isEmpty()) {
            return body;
        }
        List<String> lines = new ArrayList<>(List.of(body.split(newline, -1)));
        List<Header> headers = SectionHeaders.of(document, lines);
        if (headers.isEmpty()) {
            return body;
        }
        int insertAt = headers.get(0).line();
        while (insertAt > 0 && lines.get(insertAt - 1).strip().startsWith("#")) {
            insertAt--;
        }
        boolean rootHasKeys = hasKeyLine(lines, headers.get(0).line());
        while (rootHasKeys && insertAt > 0 && lines.get(insertAt - 1).isBlank()) {
            insertAt--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < insertAt; i++) {
            text.append(lines.get(i)).append(newline);
        }
        text.append(preamble.toToml(options));
        if (!rootHasKeys) {
            text.append(newline);
        }
        text.append(String.join(newline, lines.subList(insertAt, lines.size())));
        return text.toString();
    }

    /**
     * Whether every top-level key of {@code payload} is written as a section or under one (as in
     * {@code [tool.ruff]}), so that {@link #prepend} has nothing to add whatever the document holds.
     *
     * @param payloadText the payload's text, with the file's line breaks
     * @param payload {@code payloadText} parsed
     * @param newline the file's line break
     */
    static boolean onlySections(String payloadText, TomlTable payload, String newline) {
        List<Header> payloadHeaders = SectionHeaders.of(payload, List.of(payloadText.split(newline, -1)));
        for (String key : payload.keySet()) {
            List<String> local = List.of(key);
            if (payloadHeaders.stream().noneMatch(h -> h.isWithin(local))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line above the first header holds something other than a comment. */
    private static boolean hasKeyLine(List<String> lines, int firstHeader) {
        for (int i = 0; i < firstHeader; i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return true;
            }
        }
        return false;
    }
}
