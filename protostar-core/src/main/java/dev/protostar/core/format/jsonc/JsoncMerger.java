package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.NewlineStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges a JSON payload into a user's JSON or JSONC file (such as {@code .vscode/settings.json},
 * which may hold {@code //} and {@code /* *}{@code /} comments and trailing commas) by splicing
 * text: only the characters that must change are inserted or replaced.
 *
 * <p>Promises, for every result returned:
 *
 * <ul>
 *   <li>Everything not edited is kept byte for byte: comments anywhere, blank lines, key order,
 *       string escapes, number spelling, indentation, CRLF line endings, a UTF-8 byte order mark
 *       and a missing final newline. A {@link Resolution#MERGE} only ever inserts characters.
 *   <li>Objects merge key by key, recursively. MERGE adds missing keys and keeps every existing
 *       value, reporting in {@code keptKeys} those that differ from the payload's. {@link
 *       Resolution#OVERWRITE} replaces each differing value the payload names in place (the
 *       value's characters only: its key, the comments around it and its comma stay), and keeps
 *       keys the payload does not name, also inside objects the payload names: a settings file is
 *       shared with the user and other tools. Arrays are values, never merged element by element.
 *       Values are compared as JSON data ({@code 1} equals {@code 1.0}; escapes are resolved).
 *   <li>An object in the payload where the file has a non-object, or the reverse, is a warning
 *       naming the file and key; the user's value stays.
 *   <li>A new key goes after the last member of its object (after that member's comma and after a
 *       comment on the same line, which stays with it), on its own line with the object's member
 *       indentation, or on the same line when the object is written on one line. A comma is added
 *       after the previous last member when it had none; an object that used a trailing comma gets
 *       one after each new member. An empty object is opened onto lines indented one unit deeper
 *       than the line holding its <code>'{'</code>. New values are written by Jackson, pretty-printed
 *       with the file's indentation unit (tabs or spaces, measured on the file; four spaces when it
 *       shows none) and line break.
 *   <li>Merging the same payload again changes nothing; {@code changed} is false exactly when the
 *       text is identical to the input.
 *   <li>The result parses as JSONC and decodes to exactly the intended merge; a merge that would
 *       break this fails with {@link IllegalStateException} instead.
 * </ul>
 *
 * A file with only whitespace counts as {@code {}}: it becomes the payload document. A file with
 * only comments keeps them, followed by the payload document. Stateless and thread-safe.
 */
public final class JsoncMerger {

    private JsoncMerger() {
    }

    /**
     * Checks that {@code text} (a whole file, optionally starting with a byte order mark) is a
     * document this merger can edit: one JSON object, where {@code //} and {@code /* *}{@code /}
     * comments and trailing commas are allowed, no key appears twice in one object and nothing
     * follows the root object. Empty or whitespace-only text (or comments only) counts as {@code
     * {}}. Lines and columns are 1-based and count characters (a tab is one column); on the first
     * line they do not count the byte order mark.
     *
     * @throws ValidationException naming {@code path} and the line and column of the first problem:
     *     broken syntax (an unterminated comment at its {@code /*}), a root that is not an object (at
     *     that value), a duplicate key (at its second occurrence)
     */
    public static void validate(WorkspacePath path, String text) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        requireValid(path, JsoncFraming.of(text).body());
    }

    /**
     * Checks that {@code payload} is what {@link #merge} takes as a payload: one plain JSON object
     * (no comments, no trailing commas, no duplicate keys), for payloads that come from users rather
     * than modules.
     *
     * @throws ValidationException naming {@code name} and the 1-based line and column of the first
     *     problem (line 1, column 1 when the text holds no value at all)
     */
    public static void validatePayload(WorkspacePath name, String payload) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payload, "payload");
        Optional<SyntaxProblem> problem = JsoncSyntax.check(payload, JsonDialect.PLAIN);
        if (problem.isPresent()) {
            SyntaxProblem p = problem.get();
            throw new ValidationException(name, p.line(), p.column(), p.detail(),
                    "Give the payload as one JSON object without comments or trailing commas.");
        }
        if (!JsonDialect.PLAIN.readTree(payload).isObject()) {
            throw new ValidationException(name, 1, 1, "the payload is empty; it must be a JSON object",
                    "Give the payload as one JSON object, such as {\"editor.rulers\": [100]}.");
        }
    }

    /**
     * Merges {@code payload} into the file {@code path} whose current text is {@code existing}.
     *
     * @param path the file, used in messages only
     * @param existing the file's text, or {@code null} when the file is absent: the result is then
     *     the payload pretty-printed with four-space indentation, {@code "\n"} line breaks and a
     *     final newline
     * @param payload a JSON object as plain JSON text (no comments)
     * @param resolution {@link Resolution#MERGE} or {@link Resolution#OVERWRITE}
     * @throws ValidationException when {@code existing} fails {@link #validate} (nothing is merged)
     * @throws IllegalArgumentException when {@code payload} is not one plain JSON object without
     *     duplicate keys (a bug in the module that declared it), or {@code resolution} is {@link
     *     Resolution#ABORT}
     * @throws IllegalStateException when the merged text would not parse or would not hold the
     *     intended data (a bug here; nothing is returned to write)
     */
    public static JsonMergeResult merge(WorkspacePath path, String existing, String payload, Resolution resolution) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(resolution, "resolution");
        if (resolution == Resolution.ABORT) {
            throw new IllegalArgumentException("Cannot merge into " + path
                    + " with resolution ABORT; an aborted run must stop before any merge");
        }
        ObjectNode wanted = parsePayload(path, payload);
        if (existing == null) {
            String text = new JsoncLayout(Indentation.DEFAULT_UNIT, NewlineStyle.LF).document(wanted);
            requireFaithful(path, text, wanted);
            return new JsonMergeResult(text, true, List.of(), List.of());
        }
        JsoncFraming framing = JsoncFraming.of(existing);
        String body = framing.body();
        requireValid(path, body);
        JsoncDocument document = JsoncScanner.scan(body);
        if (document.isEmpty()) {
            return intoEmptyFile(path, existing, framing, wanted);
        }
        JsoncLayout layout = new JsoncLayout(Indentation.unitOf(document), framing.newline());
        ObjectNode decoded = (ObjectNode) JsonDialect.JSONC.readTree(body);
        ObjectMerge merge = new ObjectMerge(path, resolution, body, layout);
        merge.merge(document.root(), decoded, wanted, List.of());
        if (merge.splices().isEmpty()) {
            return new JsonMergeResult(existing, false, merge.keptKeys(), merge.warnings());
        }
        String merged = Splice.apply(body, merge.splices());
        requireFaithful(path, merged, decoded);
        String text = framing.frame(merged);
        return new JsonMergeResult(text, !text.equals(existing), merge.keptKeys(), merge.warnings());
    }

    /** A file holding no value: its comments (if any) stay, followed by the payload document. */
    private static JsonMergeResult intoEmptyFile(WorkspacePath path, String existing, JsoncFraming framing,
            ObjectNode wanted) {
        if (wanted.isEmpty()) {
            return new JsonMergeResult(existing, false, List.of(), List.of());
        }
        String body = framing.body();
        JsoncLayout layout = new JsoncLayout(Indentation.DEFAULT_UNIT, framing.newline());
        String comments = body.substring(0, JsoncLexer.endOfLastComment(body, 0, body.length()));
        String merged = (comments.isEmpty() ? "" : comments + layout.newline()) + layout.document(wanted);
        requireFaithful(path, merged, wanted);
        String text = framing.frame(merged);
        return new JsonMergeResult(text, !text.equals(existing), List.of(), List.of());
    }

    private static void requireValid(WorkspacePath path, String body) {
        Optional<SyntaxProblem> problem = JsoncSyntax.check(body, JsonDialect.JSONC);
        if (problem.isPresent()) {
            SyntaxProblem p = problem.get();
            throw new ValidationException(path, p.line(), p.column(), p.detail(),
                    "Fix the JSON in " + path + " (or move the file aside) and run again; nothing was changed.");
        }
    }

    private static ObjectNode parsePayload(WorkspacePath path, String payload) {
        Optional<SyntaxProblem> problem = JsoncSyntax.check(payload, JsonDialect.PLAIN);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("The JSON payload for " + path + " is invalid at "
                    + problem.get().describe() + "; fix the module that declared it");
        }
        JsonNode tree = JsonDialect.PLAIN.readTree(payload);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("The JSON payload for " + path
                    + " is empty; it must be a JSON object. Fix the module that declared it");
        }
        return (ObjectNode) tree;
    }

    /** The text we return must parse, and to exactly the data the edits were meant to produce. */
    private static void requireFaithful(WorkspacePath path, String body, JsonNode intended) {
        Optional<SyntaxProblem> problem = JsoncSyntax.check(body, JsonDialect.JSONC);
        if (problem.isPresent()) {
            throw new IllegalStateException("Internal error: merging into " + path
                    + " produced JSON that does not parse (" + problem.get().describe()
                    + " of the result); nothing was written. Please report this with the file and the payload.");
        }
        if (!JsonValues.same(JsonDialect.JSONC.readTree(body), intended)) {
            throw new IllegalStateException("Internal error: merging into " + path
                    + " produced JSON whose data differs from the intended merge; nothing was written."
                    + " Please report this with the file and the payload.");
        }
    }
}
