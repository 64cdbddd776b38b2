package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML body with jackson-dataformat-yaml into a {@link YamlNode} tree whose nodes know
 * their source positions (from the parser's token locations), and turns syntax errors into {@link
 * ValidationException}s at the scanner's problem position.
 */
final class LocatedYamlReader {

    private final WorkspacePath path;
    private final SourceLines lines;
    private final YAMLFactory factory;

    LocatedYamlReader(WorkspacePath path, SourceLines lines, YAMLFactory factory) {
        this.path = path;
        this.lines = lines;
        this.factory = factory;
    }

    /**
     * The document's root node, or {@code null} when the body holds no document (empty, blank,
     * comments only, or a bare {@code ---}).
     *
     * @throws ValidationException when the body is not YAML or holds more than one document
     */
    YamlNode read() {
        JsonParser parser;
        try {
            parser = factory.createParser(lines.text());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading YAML from a string failed", e);
        }
        try (parser) {
            try {
                return document(parser);
            } catch (StreamConstraintsException e) {
                // Jackson's limit exceptions carry no location; the open parser knows where it stopped.
                JsonLocation at = parser.currentLocation();
                throw new ValidationException(path, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                        "the values are nested more than " + parser.streamReadConstraints().getMaxNestingDepth()
                                + " levels deep, more than Protostar reads; flatten the file", hint(path));
            }
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading YAML from a string failed", e);
        }
    }

    private YamlNode document(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        YamlNode root = node(parser, first);
        if (parser.nextToken() != null) {
            Mark second = mark(parser.currentTokenLocation());
            throw new ValidationException(path, second.line() + 1, second.column() + 1,
                    "a second YAML document starts here; a pre-commit configuration is a single document",
                    hint(path));
        }
        return root instanceof YamlNode.Scalar scalar && scalar.isImplicitNull() ? null : root;
    }

    /** The advice every YAML validation error of {@code path} carries. */
    static String hint(WorkspacePath path) {
        return "Fix " + path + " (or move it aside) and run again; nothing was changed.";
    }

    private YamlNode node(JsonParser parser, JsonToken token) throws IOException {
        Mark start = mark(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                for (JsonToken next = next(parser); next != JsonToken.END_OBJECT; next = next(parser)) {
                    YamlNode.Scalar key = new YamlNode.Scalar(mark(parser.currentTokenLocation()),
                            mark(parser.currentLocation()), JsonToken.VALUE_STRING, parser.currentName(), false);
                    entries.add(new YamlNode.Entry(key, node(parser, next(parser))));
                }
                boolean flow = isFlowEnd(parser);
                Mark end = flow ? mark(parser.currentLocation())
                        : entries.isEmpty() ? start : entries.get(entries.size() - 1).value().end();
                return new YamlNode.Mapping(start, end, flow, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken next = next(parser); next != JsonToken.END_ARRAY; next = next(parser)) {
                    items.add(node(parser, next));
                }
                boolean flow = isFlowEnd(parser);
                Mark end = flow ? mark(parser.currentLocation())
                        : items.isEmpty() ? start : items.get(items.size() - 1).end();
                return new YamlNode.Sequence(start, end, flow, items);
            }
            default -> {
                String value = token == JsonToken.VALUE_NULL ? null : parser.getText();
                boolean alias = parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
                return new YamlNode.Scalar(start, scalarEnd(start, mark(parser.currentLocation())), token, value, alias);
            }
        }
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new IllegalStateException("The YAML token stream ended inside a collection");
        }
        return token;
    }

    /** A flow collection ends with a one-character token ({@code ]} or {@code &#125;}); a block one with an empty one. */
    private static boolean isFlowEnd(JsonParser parser) {
        return parser.currentTokenLocation().getColumnNr() != parser.currentLocation().getColumnNr()
                || parser.currentTokenLocation().getLineNr() != parser.currentLocation().getLineNr();
    }

    /**
     * A block scalar's end mark lies after the line breaks (and blank lines) the scanner consumed;
     * its content ends at its last character, unless a {@code +} indicator keeps those lines.
     */
    private Mark scalarEnd(Mark start, Mark end) {
        if (end.column() != 0 || end.line() <= start.line() || keepsTrailingLines(start)) {
            return end;
        }
        String text = lines.text();
        int offset = end.offset();
        while (offset > start.offset() && Character.isWhitespace(text.charAt(offset - 1))) {
            offset--;
        }
        return lines.markAt(offset);
    }

    private boolean keepsTrailingLines(Mark start) {
        return BlockScalarHeader.at(lines, start).map(header -> header.chomping() == '+').orElse(false);
    }

    private Mark mark(JsonLocation location) {
        int line = Math.max(0, location.getLineNr() - 1);
        int column = Math.max(0, location.getColumnNr() - 1);
        return new Mark(line, column, lines.offset(line, column));
    }

    private ValidationException invalid(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            StringBuilder detail = new StringBuilder("invalid YAML: ").append(marked.getProblem());
            if (marked.getContext() != null && marked.getContextMark() != null) {
                detail.append(" (").append(marked.getContext()).append(" that starts at line ")
                        .append(marked.getContextMark().getLine() + 1).append(", column ")
                        .append(marked.getContextMark().getColumn() + 1).append(')');
            }
            return new ValidationException(path, marked.getProblemMark().getLine() + 1,
                    marked.getProblemMark().getColumn() + 1, detail.toString(), hint(path));
        }
        if (cause instanceof ReaderException reader) {
            Mark at = lines.markAt(offsetOfCodePoint(reader.getPosition()));
            return new ValidationException(path, at.line() + 1, at.column() + 1,
                    String.format("invalid YAML: the character U+%04X is not allowed", reader.getCodePoint()),
                    hint(path));
        }
        JsonLocation location = e.getLocation();
        return new ValidationException(path, location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(), "invalid YAML: " + e.getOriginalMessage(), hint(path));
    }

    private int offsetOfCodePoint(int index) {
        String text = lines.text();
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, text.length());
    }
}
