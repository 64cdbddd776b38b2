package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a text is a document the merge can edit, with Jackson's tokenizer: one JSON
 * object (or nothing at all), no duplicate key in any object, nothing after the root object.
 *
 * <p>Duplicate keys are tracked here rather than with Jackson's {@code
 * STRICT_DUPLICATE_DETECTION}: that feature reports the position after the repeated key, while the
 * start of each {@code FIELD_NAME} token ({@code currentTokenLocation()}) is exact. Positions of
 * syntax errors are Jackson's, except for an unterminated comment, which is reported where it
 * opens (Jackson only knows that the input ended).
 */
final class JsoncSyntax {

    private static final Pattern SOURCE_MARKER = Pattern.compile(
            "\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private JsoncSyntax() {
    }

    /** The first problem in {@code text} (without byte order mark) read as {@code dialect}, if any. */
    static Optional<SyntaxProblem> check(String text, JsonDialect dialect) {
        JsonParser parser;
        try {
            parser = dialect.factory().createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading JSON from a string failed", e);
        }
        try (parser) {
            try {
                return scan(parser);
            } catch (StreamConstraintsException e) {
                // Jackson's limit exceptions carry no location; the open parser knows where it stopped.
                return problem(parser.currentLocation(), tooDeep(parser));
            }
        } catch (JsonProcessingException e) {
            return Optional.of(fromJackson(text, e));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading JSON from a string failed", e);
        }
    }

    /** The first problem of the document {@code parser} reads, if any. */
    private static Optional<SyntaxProblem> scan(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return Optional.empty();
        }
        if (token != JsonToken.START_OBJECT) {
            return problem(parser.currentTokenLocation(),
                    "the root value is " + describe(token) + "; the file must hold one JSON object");
        }
        Optional<SyntaxProblem> duplicate = checkRootObject(parser);
        if (duplicate.isPresent()) {
            return duplicate;
        }
        if (parser.nextToken() != null) {
            return problem(parser.currentTokenLocation(), "unexpected content after the root object");
        }
        return Optional.empty();
    }

    /** Reads the root object (its START_OBJECT is the current token) up to its end, looking for repeated keys. */
    private static Optional<SyntaxProblem> checkRootObject(JsonParser parser) throws IOException {
        // One map per open container, from key to where it was first seen; arrays hold no keys.
        List<Map<String, JsonLocation>> open = new ArrayList<>();
        open.add(new HashMap<>());
        while (!open.isEmpty()) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open.add(token == JsonToken.START_OBJECT ? new HashMap<>() : Map.of());
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.remove(open.size() - 1);
            } else if (token == JsonToken.FIELD_NAME) {
                JsonLocation here = parser.currentTokenLocation();
                JsonLocation first = open.get(open.size() - 1).putIfAbsent(parser.currentName(), here);
                if (first != null) {
                    return problem(here, "duplicate key \"" + parser.currentName() + "\" (first defined at line "
                            + first.getLineNr() + ", column " + first.getColumnNr() + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static SyntaxProblem fromJackson(String text, JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains("in a comment")) {
            int start = JsoncLexer.unterminatedComment(text);
            if (start >= 0) {
                TextPosition at = TextPosition.of(text, start);
                return new SyntaxProblem(at.line(), at.column(),
                        "unterminated comment: it never ends before the end of the file");
            }
        }
        String detail = "invalid JSON: " + (message == null ? e.getClass().getSimpleName()
                : SOURCE_MARKER.matcher(message).replaceAll("line $1, column $2"));
        JsonLocation location = e.getLocation();
        if (location == null) {
            return new SyntaxProblem(0, 0, detail);
        }
        return new SyntaxProblem(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()), detail);
    }

    /** The message for input nested deeper than Jackson reads (its other limits are far above any settings file). */
    static String tooDeep(JsonParser parser) {
        return "the values are nested more than " + parser.streamReadConstraints().getMaxNestingDepth()
                + " levels deep, more than Protostar reads; flatten the file";
    }

    private static Optional<SyntaxProblem> problem(JsonLocation at, String detail) {
        return Optional.of(new SyntaxProblem(at.getLineNr(), at.getColumnNr(), detail));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "not an object";
        };
    }
}
