package dev.protostar.core.format.yaml;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.NewlineStyle;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.TypedValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SlotEditor} of {@code .pre-commit-config.yaml}: what Protostar owns there, read and
 * edited by meaning, as text edits of the file (no YAML is ever written out again).
 *
 * <p><b>Slots.</b> A pre-commit configuration has two kinds, both key slots:
 *
 * <ul>
 *   <li>{@code ["repos", url, "rev"]}: the {@code rev} of the repository whose {@code repo} is
 *       {@code url}, for each repository that has one; its value as read ({@code Str} for any
 *       quoted or plain text, {@code Int}/{@code Flt}/{@code Null} when the user wrote one).
 *   <li>{@code ["repos", url, "hooks", id]}: the whole mapping of the hook {@code id} of that
 *       repository, {@code id} included, as a {@code Tbl} (strings {@code Str}, integers {@code Int},
 *       floats {@code Flt}, booleans {@code Bool}, lists {@code Arr}, mappings {@code Tbl}, nulls
 *       {@code Null}). Hooks are keyed by id, not member slots: a hook is one value.
 * </ul>
 *
 * Nothing else is a slot: other top-level keys ({@code default_language_version}, {@code ci},
 * {@code exclude}…) and other keys of a repository ({@code files}…) are the user's; they are never
 * reported and never changed (except that a repository removed whole goes with its keys). {@code
 * repo: local} and {@code repo: meta} are URLs like any other. A URL listed more than once counts
 * by its <em>first</em> entry, as in the merge: its slots are reported, and every edit goes to it;
 * later entries of the same URL are the user's. Within a repository, the first hook of an id counts.
 *
 * <p><b>Edits.</b> Every byte outside the changed lines is kept (comments, blank lines, quoting,
 * indentation, CRLF, a byte-order mark, a missing final newline); added lines use the file's line
 * break and indentation, and are rendered as the merge renders new repositories and hooks ({@code
 * repo}, {@code rev}, {@code hooks}; {@code id} first, lists in flow style). Two edits keep a value
 * that the end of a file without a final newline would change: lines added after a block scalar
 * ending the file mark it {@code |-}, as the merge does; lines removed at the end, leaving such a
 * scalar last, leave the file ending with a line break.
 *
 * <ul>
 *   <li>{@code put(rev)}: replaces the rev scalar in place, keeping its quoting style (plain, '…',
 *       "…"); adds a {@code rev:} line after {@code repo:} when the entry has none; adds {@code - repo:
 *       URL}, {@code rev: REV}, {@code hooks: []} after the last repository when the URL is absent.
 *   <li>{@code put(hook)}: replaces the hook's list item in place, or appends it to the repository's
 *       hooks (a {@code hooks: []} or null value becomes a block list; a missing {@code hooks} key is
 *       added); when the URL is absent, adds the repository without {@code rev} (a later put of the
 *       rev adds it after {@code repo:}: puts in any order give the same data and the same text).
 *   <li>{@code remove(hook)}: removes the hook's list item, all its lines (comments above the next
 *       item stay); the last hook leaves {@code hooks: []}, except that a repository left holding
 *       nothing but {@code repo} and an empty {@code hooks} (no {@code rev}, no other key, such as
 *       one a hook put created) is removed whole.
 *   <li>{@code remove(rev)}: removes the whole repository when it has no hooks left; when it has
 *       hooks (the user's), the text is returned unchanged. A {@code repos} left empty becomes
 *       {@code repos: []}.
 *   <li>A flow-style collection the edit must change ({@code {repo: …}}, {@code hooks: [{id: a}]},
 *       {@code repos: […]}, a root written as {@code {…}}) is first rewritten in block style, as the
 *       merge does; comments inside it are not kept. An edit that changes no data returns {@code
 *       text} itself; so a second identical put changes nothing.
 *   <li>{@code null} text (no file): a put creates the file as the merge does (a short comment
 *       header, then {@code repos:}); a remove returns {@code null}.
 * </ul>
 *
 * Every result is checked before it is returned: it parses as a pre-commit configuration and reads
 * as exactly the input's data with the one edit applied (so its slots are the expected ones and
 * every top-level key of the user is unchanged); otherwise {@link IllegalStateException}, and
 * nothing is returned to write. {@link #addMember} and {@link #removeMember} throw {@link
 * IllegalArgumentException}: this format has no member slots.
 *
 * <p>Stateless and thread-safe.
 */
public final class PreCommitSlotEditor implements SlotEditor {

    /** Configured once and never changed, so shared by every thread (Jackson mappers are thread-safe then). */
    private static final YAMLMapper MAPPER = new YAMLMapper();
    private static final int MAX_REWRITES = 8;

    /** The editor; it holds no state. */
    public PreCommitSlotEditor() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws ValidationException when {@code text} is not a pre-commit configuration Protostar can
     *     edit (see {@link PreCommitConfigMerger#validate})
     */
    @Override
    public Map<Slot, TypedValue> slots(WorkspacePath target, String text) {
        Objects.requireNonNull(target, "target");
        if (text == null) {
            return Map.of();
        }
        PreCommitDocument document = PreCommitDocument.parse(target, YamlFraming.bodyOf(text), MAPPER);
        return PreCommitSlotModel.slots(PreCommitSlotModel.typed(document.data()));
    }

    /**
     * {@inheritDoc}
     *
     * @param keyPath {@code ["repos", url, "rev"]} with a {@code Str} value, or {@code ["repos", url,
     *     "hooks", id]} with a {@code Tbl} whose {@code id} is {@code Str(id)}
     * @throws IllegalArgumentException for any other key path or value
     */
    @Override
    public String put(WorkspacePath target, String text, List<String> keyPath, TypedValue value) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
        PreCommitSlotAddress address = PreCommitSlotAddress.of(keyPath);
        requireValue(address, value);
        String original = text == null
                ? String.join(NewlineStyle.LF.sequence(), PreCommitConfigMerger.HEADER) + NewlineStyle.LF.sequence()
                : text;
        return edit(target, original, text == null, address, Optional.of(value));
    }

    /**
     * {@inheritDoc}
     *
     * @param keyPath {@code ["repos", url, "rev"]} or {@code ["repos", url, "hooks", id]}
     * @throws IllegalArgumentException for any other key path
     */
    @Override
    public String remove(WorkspacePath target, String text, List<String> keyPath) {
        Objects.requireNonNull(target, "target");
        PreCommitSlotAddress address = PreCommitSlotAddress.of(keyPath);
        return text == null ? null : edit(target, text, false, address, Optional.empty());
    }

    /** Always throws: a pre-commit configuration has no member slots (hooks are key slots by id). */
    @Override
    public String addMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        throw noMembers(target);
    }

    /** Always throws: a pre-commit configuration has no member slots (hooks are key slots by id). */
    @Override
    public String removeMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        throw noMembers(target);
    }

    private static IllegalArgumentException noMembers(WorkspacePath target) {
        return new IllegalArgumentException(target + ": a pre-commit configuration has no member slots; its hooks are"
                + " key slots [repos, <url>, hooks, <id>]: use put and remove");
    }

    private static void requireValue(PreCommitSlotAddress address, TypedValue value) {
        if (address.isRev()) {
            if (!(value instanceof TypedValue.Str)) {
                throw new IllegalArgumentException("The rev of " + address.url() + " must be a string, not "
                        + value.display());
            }
            return;
        }
        if (!(value instanceof TypedValue.Tbl hook)
                || !new TypedValue.Str(address.hookId()).equals(hook.members().get("id"))) {
            throw new IllegalArgumentException("The hook " + address.hookId() + " of " + address.url()
                    + " must be a mapping whose id is \"" + address.hookId() + "\", not " + value.display());
        }
    }

    private static String edit(WorkspacePath target, String text, boolean fresh, PreCommitSlotAddress address,
            Optional<TypedValue> value) {
        YamlFraming framing = YamlFraming.of(text);
        String body = framing.normalizedBody();
        PreCommitDocument document = PreCommitDocument.parse(target, body, MAPPER);
        // The data as the file itself reads: a block scalar ending a file without a line break has none.
        TypedValue before = PreCommitSlotModel.typed(PreCommitDocument.readData(target, framing.body(), MAPPER));
        TypedValue expected = PreCommitSlotModel.expected(before, address, value);
        if (Objects.equals(expected, before) && !fresh) {
            return text;
        }
        String newline = framing.newline().sequence();
        ScalarQuoting quoting = new ScalarQuoting(MAPPER.getFactory());
        for (int rewrites = 0; !replacesRevInPlace(document, before, address, value); rewrites++) {
            Optional<String> blockStyle = FlowPathToBlock.step(document, address.url(), newline,
                    new RepoRenderer(quoting, IndentStyle.detect(document)));
            if (blockStyle.isEmpty()) {
                break;
            }
            if (rewrites == MAX_REWRITES) {
                throw new IllegalStateException("Internal error: rewriting the flow-style values of " + target
                        + " in block style did not finish; nothing was written");
            }
            body = blockStyle.get();
            document = parseResult(target, body);
        }
        PreCommitSlotPlanner planner = new PreCommitSlotPlanner(document, newline,
                new RepoRenderer(quoting, IndentStyle.detect(document)), quoting);
        if (address.isRev() && value.isPresent()) {
            planner.putRev(address.url(), value.get());
        } else if (address.isRev()) {
            planner.removeRev(address.url());
        } else if (value.isPresent()) {
            planner.putHook(address.url(), address.hookId(), (TypedValue.Tbl) value.get());
        } else {
            planner.removeHook(address.url(), address.hookId());
        }
        if (!framing.finalNewline()) {
            planner.body().keepTrailingBlockScalar(document.root());
        }
        String edited = planner.body().apply();
        String result = framing.frame(edited);
        if (!framing.finalNewline() && planner.body().edits().replacesEnd() && !readsAs(target, result, expected)) {
            // Lines removed at the end of a file without a final line break: the block scalar now
            // last would lose its own line break, so the file keeps the one before the removed lines.
            result = new YamlFraming(framing.byteOrderMark(), framing.newline(), true, framing.body()).frame(edited);
        }
        requireExpected(target, result, expected, address);
        return result;
    }

    private static boolean readsAs(WorkspacePath target, String result, TypedValue expected) {
        return Objects.equals(expected, PreCommitSlotModel.typed(parseResult(target, YamlFraming.bodyOf(result)).data()));
    }

    /** A rev that is there is replaced where it stands, flow style or not; every other edit needs block style. */
    private static boolean replacesRevInPlace(PreCommitDocument document, TypedValue data, PreCommitSlotAddress address,
            Optional<TypedValue> value) {
        int index = PreCommitSlotModel.firstRepo(data, address.url());
        return address.isRev() && value.isPresent() && index >= 0
                && document.repos().get(index).node().entry("rev").isPresent();
    }

    private static PreCommitDocument parseResult(WorkspacePath target, String body) {
        try {
            return PreCommitDocument.parse(target, body, MAPPER);
        } catch (ValidationException broken) {
            throw new IllegalStateException("Internal error: editing " + target + " produced YAML that does not parse ("
                    + broken.getMessage() + " of the result); nothing was written. Please report this with the file.",
                    broken);
        }
    }

    /** The result must parse and hold exactly the expected data, and so the expected slots. */
    private static void requireExpected(WorkspacePath target, String result, TypedValue expected,
            PreCommitSlotAddress address) {
        TypedValue actual = PreCommitSlotModel.typed(parseResult(target, YamlFraming.bodyOf(result)).data());
        if (!Objects.equals(expected, actual)
                || !PreCommitSlotModel.slots(actual).equals(PreCommitSlotModel.slots(expected))) {
            throw new IllegalStateException("Internal error: editing " + address.keyPath() + " of " + target
                    + " produced YAML whose data differs from the intended edit; nothing was written."
                    + " Please report this with the file.");
        }
    }

    /** An empty pre-commit configuration: {@code repos: []}, or {@code repos:} with nothing under it. */
    @Override
    public boolean isEmptyDocumentLine(String line) {
        return line.equals("repos: []") || line.equals("repos:");
    }
}
