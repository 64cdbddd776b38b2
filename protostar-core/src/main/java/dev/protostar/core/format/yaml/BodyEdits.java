package dev.protostar.core.format.yaml;

import java.util.List;
import java.util.OptionalInt;

/**
 * Line-aware text edits of one parsed YAML body, shared by the merge and the slot editor: block
 * lines written in the file's line break, a flow or null value rewritten as block lines below its
 * key, the end of the document, and the chomping of a block scalar that ends the file.
 */
final class BodyEdits {

    private final SourceLines lines;
    private final String newline;
    private final TextEdits edits;

    /**
     * @param lines the body, ending with a line break (see {@link YamlFraming})
     * @param newline the line break of added lines
     */
    BodyEdits(SourceLines lines, String newline) {
        this.lines = lines;
        this.newline = newline;
        this.edits = new TextEdits(lines.text());
    }

    TextEdits edits() {
        return edits;
    }

    String newline() {
        return newline;
    }

    /** The body with every edit applied (the body itself when there is none). */
    String apply() {
        return edits.isEmpty() ? lines.text() : edits.apply();
    }

    /** Whole lines, each ending with the file's line break. */
    String joinLines(List<String> block) {
        StringBuilder out = new StringBuilder();
        block.forEach(line -> out.append(line).append(newline));
        return out.toString();
    }

    /** Removes lines {@code first} to {@code last}, their line breaks included. */
    void deleteLines(int first, int last) {
        edits.replace(lines.start(first), lines.next(last), "");
    }

    /**
     * Replaces a value written on its key's line (or on lines of its own) with block lines below
     * the key; a comment after the value stays on the key's line.
     */
    void rewriteValue(YamlNode value, List<String> block) {
        String text = lines.text();
        int startLine = value.start().line();
        int lineStart = lines.start(startLine);
        int start = value.start().offset();
        while (start > lineStart && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        int endLine = value.lastLine(lines);
        int lineEnd = lines.contentEnd(endLine);
        String suffix = text.substring(value.end().offset(), lineEnd);
        if (start > lineStart) {
            edits.replace(start, lineEnd, suffix + newline + String.join(newline, block));
        } else {
            String comment = suffix.isBlank() ? "" : (Character.isWhitespace(suffix.charAt(0)) ? suffix : " " + suffix);
            edits.replace(lineStart, lineEnd, String.join(newline, block) + comment);
        }
    }

    /** The offset just after the colon that ends {@code key} (a block mapping key on one line). */
    int afterColon(YamlNode.Scalar key) {
        String text = lines.text();
        int lineEnd = lines.contentEnd(key.start().line());
        for (int i = key.end().offset(); i < lineEnd; i++) {
            if (text.charAt(i) == ':') {
                return i + 1;
            }
        }
        throw new IllegalStateException("No ':' after the key at line " + (key.start().line() + 1));
    }

    /** The end of the body, or the start of a {@code ...} document end marker after {@code root}. */
    int documentEnd(YamlNode root) {
        int from = root == null ? 0 : root.lastLine(lines) + 1;
        for (int line = from; line < lines.count(); line++) {
            String content = lines.content(line);
            if (content.startsWith("...") && (content.length() == 3 || Character.isWhitespace(content.charAt(3)))) {
                return lines.start(line);
            }
        }
        return lines.text().length();
    }

    /**
     * A block scalar that ends a file without a line break has no final line break in its value;
     * once lines follow it, it would gain one, unless its header strips it ({@code |} becomes
     * {@code |-}, {@code |+} becomes {@code |-}). Call after planning every other edit.
     *
     * @param root the document's root
     * @return the 1-based line of the scalar whose header was changed, or empty when none was
     */
    OptionalInt keepTrailingBlockScalar(YamlNode root) {
        if (!edits.insertsAt(lines.text().length())) {
            return OptionalInt.empty();
        }
        YamlNode last = root;
        while (last instanceof YamlNode.Mapping || last instanceof YamlNode.Sequence) {
            if (last instanceof YamlNode.Mapping mapping) {
                last = mapping.flow() || mapping.entries().isEmpty() ? null
                        : mapping.entries().get(mapping.entries().size() - 1).value();
            } else {
                YamlNode.Sequence sequence = (YamlNode.Sequence) last;
                last = sequence.flow() || sequence.items().isEmpty() ? null
                        : sequence.items().get(sequence.items().size() - 1);
            }
        }
        if (!(last instanceof YamlNode.Scalar scalar) || scalar.lastLine(lines) != lines.count() - 2) {
            return OptionalInt.empty();
        }
        BlockScalarHeader header = BlockScalarHeader.at(lines, scalar.start()).orElse(null);
        if (header == null || header.chomping() == '-' || edits.replaces(header.end() - 1)) {
            return OptionalInt.empty();
        }
        if (header.chomping() == '+') {
            edits.replace(header.chompingOffset(), header.chompingOffset() + 1, "-");
        } else {
            edits.insert(header.end(), "-");
        }
        return OptionalInt.of(scalar.start().line() + 1);
    }
}
