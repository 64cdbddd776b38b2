package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a payload object to a document object by object, collecting splices:
 *
 * <ul>
 *   <li>A key the object lacks is added after its last member ({@link MemberInsertion}).
 *   <li>An object meeting an object recurses, in both modes. In {@link Resolution#OVERWRITE} too,
 *       keys the payload does not name are kept: JSON settings files are shared with the user and
 *       other tools (unlike a TOML tool table, which one tool owns).
 *   <li>An object meeting a non-object (either way round) is a type clash: a warning, and the
 *       user's value stays.
 *   <li>Any other value (arrays included: they are values, never merged element-wise) that differs
 *       from the payload's is kept and reported in {@link Resolution#MERGE}, and replaced in place
 *       in {@link Resolution#OVERWRITE}: only the value's characters change, so the key, the
 *       comments around it and the comma stay; a value the user wrote on one line is replaced by
 *       one on one line.
 * </ul>
 *
 * Alongside the text, it edits a decoded copy of the document the same way, so the caller can
 * check that the spliced text decodes to exactly that. One instance serves one merge.
 */
final class ObjectMerge {

    private final WorkspacePath file;
    private final Resolution resolution;
    private final String text;
    private final JsoncLayout layout;
    private final List<Splice> splices = new ArrayList<>();
    private final List<String> keptKeys = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    ObjectMerge(WorkspacePath file, Resolution resolution, String text, JsoncLayout layout) {
        if (resolution != Resolution.MERGE && resolution != Resolution.OVERWRITE) {
            throw new IllegalArgumentException("A JSON merge needs MERGE or OVERWRITE, not " + resolution);
        }
        this.file = file;
        this.resolution = resolution;
        this.text = text;
        this.layout = layout;
    }

    /** The edits found so far, in the order they were decided. */
    List<Splice> splices() {
        return splices;
    }

    /** Dotted keys whose differing user value was kept, in payload order. */
    List<String> keptKeys() {
        return keptKeys;
    }

    /** Problems that left part of the payload unapplied, in payload order. */
    List<String> warnings() {
        return warnings;
    }

    /**
     * Merges {@code payload} into {@code target}, the spans of the object that {@code decoded}
     * holds the data of (and which this edits to match), at key path {@code path}.
     */
    void merge(ObjectSpan target, ObjectNode decoded, ObjectNode payload, List<String> path) {
        List<Map.Entry<String, JsonNode>> additions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : payload.properties()) {
            String key = entry.getKey();
            JsonNode wanted = entry.getValue();
            MemberSpan member = target.member(key);
            JsonNode existing = decoded.get(key);
            if ((member == null) != (existing == null)
                    || (member != null && (member.object() != null) != existing.isObject())) {
                throw new IllegalStateException("Internal error: the JSONC scanner and Jackson disagree about key \""
                        + dotted(path, key) + "\" in " + file + "; nothing was written. Please report this with the file.");
            }
            if (member == null) {
                additions.add(entry);
                decoded.set(key, wanted);
            } else if (existing.isObject() && wanted.isObject()) {
                merge(member.object(), (ObjectNode) existing, (ObjectNode) wanted, append(path, key));
            } else if (existing.isObject() || wanted.isObject()) {
                warnings.add(file + ": " + dotted(path, key) + " is " + JsonValues.describe(existing)
                        + " in the file but " + JsonValues.describe(wanted) + " in Protostar's settings;"
                        + " left it as it is. Rename or remove it to let Protostar add its own.");
            } else if (!JsonValues.same(existing, wanted)) {
                if (resolution == Resolution.MERGE) {
                    keptKeys.add(dotted(path, key));
                } else {
                    splices.add(new Splice(member.valueStart(), member.valueEnd(), replacement(target, member, wanted)));
                    decoded.set(key, wanted);
                }
            }
        }
        if (!additions.isEmpty()) {
            splices.addAll(MemberInsertion.splices(text, target, additions, layout));
        }
    }

    /**
     * The payload's value written where {@code member}'s value was: on one line when the old value
     * was on one line or its object is written on one line, otherwise pretty-printed from the
     * indentation of the key's line.
     */
    private String replacement(ObjectSpan object, MemberSpan member, JsonNode wanted) {
        return replacement(text, object, member, wanted, layout);
    }

    /** {@link #replacement(ObjectSpan, MemberSpan, JsonNode)} for any document {@code text} and its layout. */
    static String replacement(String text, ObjectSpan object, MemberSpan member, JsonNode wanted, JsoncLayout layout) {
        boolean multiLine = text.substring(member.valueStart(), member.valueEnd()).chars()
                .anyMatch(c -> JsoncLexer.isLineBreak((char) c));
        if (multiLine && Indentation.laidOutOnLines(text, object)) {
            return layout.value(wanted, Indentation.ofLine(text, member.keyStart()));
        }
        return JsoncLayout.inlineValue(wanted);
    }

    private static String dotted(List<String> path, String key) {
        return path.isEmpty() ? key : String.join(".", path) + "." + key;
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(key);
        return List.copyOf(longer);
    }
}
