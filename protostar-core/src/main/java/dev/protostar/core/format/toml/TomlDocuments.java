package dev.protostar.core.format.toml;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * The TOML files one run has parsed, so that a file's text is parsed once however many steps of the
 * run read it: a module reading {@code pyproject.toml} for its dependencies, the validation phase,
 * the {@code {{PYTHON_VERSION}}} lookup, the merge (which starts from that parse) and the dependency
 * step (which reads the merge's own final check of the text it wrote).
 *
 * <p>A parse is reused only for exactly the same text of the same file, so a file that a task
 * rewrote in between is parsed afresh. Parsing a TOML file with tomlj costs about half a
 * millisecond per KiB, which made these repeated parses most of a run's time.
 *
 * <p>One instance belongs to one run and is used by one thread at a time; it is not thread-safe.
 * Documents handed out for reading must not be modified: the merge takes the same parse for its
 * edits, after which the file's next text is the one to read.
 */
public final class TomlDocuments {

    /** Something that hands out the TOML documents of its run; the module contexts of a run do. */
    public interface Source {

        /** The run's parsed TOML files. */
        TomlDocuments tomlDocuments();
    }

    /**
     * One parse of one file's text.
     *
     * @param body the text without its byte order mark
     * @param parsed the parse, or {@code null} when the text is not TOML
     * @param errors the parse errors when {@code parsed} is {@code null}
     * @param editable whether {@code parsed} is a parse of {@code body} that an editor may take; when
     *     false it is a document holding the same data, for reading only
     */
    private record Entry(String body, ParsedToml parsed, List<TomlParseError> errors, boolean editable) {

        /** Whether {@code body} was found valid TOML 1.0 without being parsed ({@link #validate}). */
        boolean checkedOnly() {
            return parsed == null && errors.isEmpty();
        }
    }

    private final Map<WorkspacePath, Entry> latest = new HashMap<>();

    /** An empty set: nothing parsed yet. */
    public TomlDocuments() {
    }

    /**
     * The data of {@code text}, the content of {@code path}, or empty when it does not parse; the
     * same answer as {@link TomlReader#read}. Do not modify the document returned.
     */
    public Optional<TomlParseResult> read(WorkspacePath path, String text) {
        Entry entry = entry(path, TomlFraming.bodyOf(text));
        return entry.parsed() == null ? Optional.empty() : Optional.of(entry.parsed().document());
    }

    /**
     * Checks that {@code text} (the content of {@code path}) is TOML that tomlj can edit, as {@link
     * TomlMerger#validate} does, keeping the parse for the merge. A text that replaced one this run
     * already read (a task rewrote the file) is first read by the {@link
     * IndependentCheck#certainlyValid independent parser}; only when that cannot tell is it parsed
     * with tomlj, and a later reader or editor parses it then.
     *
     * @throws ValidationException naming {@code path} and the line and column of the first error
     */
    void validate(WorkspacePath path, String text) {
        String body = TomlFraming.bodyOf(text);
        Entry known = latest.get(path);
        if (known != null && known.body().equals(body) && known.checkedOnly()) {
            return;
        }
        if (known != null && !known.body().equals(body) && IndependentCheck.certainlyValid(body)) {
            // Rewritten since this run read it (by a task): checked without a second tomlj document of
            // the file in memory, which doubled the peak memory of a run on a large file.
            latest.put(path, new Entry(body, null, List.of(), false));
            return;
        }
        Entry entry = entry(path, body);
        if (entry.parsed() == null) {
            throw ParsedToml.invalid(path, entry.errors());
        }
    }

    /**
     * A parse of {@code body} that the caller may edit: the one made before when there is one (it is
     * then forgotten, since the edits change it), otherwise a new one.
     *
     * @throws ValidationException when {@code body} is not TOML
     */
    ParsedToml forEditing(WorkspacePath path, String body) {
        Entry entry = latest.get(path);
        if (entry != null && entry.editable() && entry.body().equals(body)) {
            latest.remove(path);
            return entry.parsed();
        }
        return ParsedToml.parse(path, body);
    }

    /**
     * The parse of {@code text} (the content of {@code path}) made earlier in this run, for the
     * caller to edit, or empty when there is none (or it did not parse): the caller then parses
     * itself. The parse is forgotten, since the edits change it.
     */
    public Optional<TomlParseResult> takeForEditing(WorkspacePath path, String text) {
        String body = TomlFraming.bodyOf(text);
        Entry entry = latest.get(path);
        if (entry == null || !entry.editable() || !entry.body().equals(body)) {
            return Optional.empty();
        }
        latest.remove(path);
        return Optional.of(entry.parsed().document());
    }

    /**
     * Keeps {@code parsed}, an unmodified parse of {@code body} made the way {@link ParsedToml#parse}
     * makes it, as the parse of the file's current text.
     */
    void remember(WorkspacePath path, String body, ParsedToml parsed) {
        latest.put(path, new Entry(body, parsed, List.of(), true));
    }

    /**
     * Keeps {@code data}, a TOML 1.0 document holding exactly the data of {@code body} but not a parse
     * of it (the edited document a merge rendered {@code body} from), for {@link #read} and {@link
     * #validate} only: an editor asking for {@code body} gets a parse of its own.
     */
    void rememberForReading(WorkspacePath path, String body, TomlParseResult data) {
        latest.put(path, new Entry(body, new ParsedToml(data, TomlVersion.V1_0_0), List.of(), false));
    }

    private Entry entry(WorkspacePath path, String body) {
        Objects.requireNonNull(path, "path");
        Entry entry = latest.get(path);
        if (entry != null && entry.body().equals(body) && !entry.checkedOnly()) {
            return entry;
        }
        entry = parse(body);
        latest.put(path, entry);
        return entry;
    }

    /** As {@link ParsedToml#parse}: TOML 1.0 first, the newest version when that fails. */
    private static Entry parse(String body) {
        ParsedToml parsed = ParsedToml.attempt(body);
        return parsed.document().hasErrors() ? new Entry(body, null, parsed.document().errors(), false)
                : new Entry(body, parsed, List.of(), true);
    }
}
