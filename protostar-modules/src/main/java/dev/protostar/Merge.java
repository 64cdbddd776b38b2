package dev.protostar;

import dev.protostar.api.IgnoreEntry;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.PreCommitRepo;
import dev.protostar.api.Resolution;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.ignore.IgnoreFile;
import dev.protostar.core.format.jsonc.JsonMergeResult;
import dev.protostar.core.format.jsonc.JsoncMerger;
import dev.protostar.core.format.toml.TomlMergeResult;
import dev.protostar.core.format.toml.TomlMerger;
import dev.protostar.core.format.yaml.PreCommitConfigMerger;
import dev.protostar.core.format.yaml.PreCommitMergeResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges of two texts, without a workspace or a run: the engines a run uses for {@code
 * pyproject.toml}, {@code .vscode/settings.json}, {@code .pre-commit-config.yaml} and {@code
 * .gitignore}, for editors (preview what a payload does to an unsaved buffer) and property tests.
 *
 * <pre>{@code
 * MergeResult merged = Merge.toml(buffer, "[tool.ruff]\nline-length = 100\n", Resolution.MERGE);
 * }</pre>
 *
 * <p>Every merge keeps what it does not edit byte for byte (comments, order, quoting, line breaks, a
 * byte order mark, a missing final newline), and merging the same payload into its own result
 * changes nothing. {@code current} is the file's text, or {@code null} for an absent file. {@link
 * Resolution#MERGE} keeps the user's differing values (reported in {@link MergeResult#keptKeys()});
 * {@link Resolution#OVERWRITE} replaces the values the payload names and keeps everything else.
 *
 * <p>A text that cannot be merged raises a {@link dev.protostar.api.ValidationException} whose
 * {@code line()} and {@code column()} point at the problem; its {@code path()} is {@code
 * current.<ext>} for the current text and {@code payload.<ext>} for the payload (a host showing the
 * error for a real file uses the position and {@code detail()}). Stateless and thread-safe.
 */
public final class Merge {

    private Merge() {}

    /**
     * Merges the TOML {@code payload} into {@code current} as a run merges into {@code pyproject.toml}:
     * new keys after the last key of their table, new tables after their siblings, payload comments
     * kept with their keys; the result parses in the same TOML version as {@code current}.
     *
     * @throws dev.protostar.api.ValidationException when {@code current} ({@code current.toml}) or
     *     {@code payload} ({@code payload.toml}) is not valid TOML
     * @throws InvalidArgumentException when {@code resolution} is {@link Resolution#ABORT}
     */
    public static MergeResult toml(String current, String payload, Resolution resolution) {
        requireApplicable(resolution);
        TomlMerger.validate(WorkspacePath.of("payload.toml"), Objects.requireNonNull(payload, "payload"));
        // The merge parses current itself and refuses it with a ValidationException naming the file.
        TomlMergeResult result = TomlMerger.merge(WorkspacePath.of("current.toml"), current, payload, resolution);
        return new MergeResult(result.text(), result.changed(), result.keptKeys(), result.warnings());
    }

    /**
     * Merges the JSON object {@code payload} into the JSON-with-comments {@code current} as a run
     * merges into {@code .vscode/settings.json}: objects key by key, arrays as whole values, only the
     * characters that must change inserted or replaced, new members in the file's own indentation.
     *
     * @throws dev.protostar.api.ValidationException when {@code current} ({@code current.jsonc}) is not
     *     one JSON object (comments and trailing commas allowed, no duplicate keys), or {@code payload}
     *     ({@code payload.json}) is not one plain JSON object
     * @throws InvalidArgumentException when {@code resolution} is {@link Resolution#ABORT}
     */
    public static MergeResult jsonc(String current, String payload, Resolution resolution) {
        requireApplicable(resolution);
        JsoncMerger.validatePayload(WorkspacePath.of("payload.json"), Objects.requireNonNull(payload, "payload"));
        // The merge checks current itself, as JsoncMerger.validate does, naming the file.
        JsonMergeResult result = JsoncMerger.merge(WorkspacePath.of("current.jsonc"), current, payload, resolution);
        return new MergeResult(result.text(), result.changed(), result.keptKeys(), result.warnings());
    }

    /**
     * Merges {@code repos} into the pre-commit configuration {@code current} as a run does:
     * repositories match by {@code repo}, hooks by {@code id}; added ones follow the file's own
     * indentation; a flow-style list that must grow is rewritten in block style, with a warning.
     * An absent file becomes a short comment header and the repositories.
     *
     * @throws dev.protostar.api.ValidationException when {@code current} ({@code
     *     current.pre-commit-config.yaml}) is not a pre-commit configuration: broken YAML, several
     *     documents, {@code repos} that is not a list, a repository without {@code repo}, a hook
     *     without {@code id}
     * @throws InvalidArgumentException when {@code resolution} is {@link Resolution#ABORT}
     */
    public static MergeResult preCommit(String current, List<PreCommitRepo> repos, Resolution resolution) {
        requireApplicable(resolution);
        PreCommitMergeResult result = PreCommitConfigMerger.merge(
                WorkspacePath.of("current.pre-commit-config.yaml"), current, List.copyOf(repos), resolution);
        return new MergeResult(result.text(), result.changed(), result.keptKeys(), result.warnings());
    }

    /**
     * Adds {@code entries} to the ignore file {@code current} ({@code .gitignore}, {@code
     * .dockerignore}) as a run does: an entry counts as present only when a whole line, blanks
     * around it removed, equals it; missing ones are appended in order with the file's own line
     * break; nothing is removed or reordered. Entries are trimmed first. There is no resolution: an
     * ignore file only ever grows.
     *
     * @throws InvalidArgumentException naming the first entry that is not one line of text (see
     *     {@link IgnoreEntry#problem(String)})
     */
    public static MergeResult ignoreLines(String current, Collection<String> entries) {
        Objects.requireNonNull(entries, "entries");
        List<String> trimmed = new ArrayList<>();
        for (String entry : entries) {
            Optional<String> problem = IgnoreEntry.problem(entry);
            if (problem.isPresent()) {
                throw new InvalidArgumentException("ignore entry", entry, problem.get(),
                        "Give each pattern as one non-blank line.");
            }
            trimmed.add(entry.strip());
        }
        String merged = IgnoreFile.merge(current, trimmed);
        String text = merged == null ? "" : merged;
        return new MergeResult(text, merged != null && !merged.equals(current), List.of(), List.of());
    }

    private static void requireApplicable(Resolution resolution) {
        if (Objects.requireNonNull(resolution, "resolution") == Resolution.ABORT) {
            throw new InvalidArgumentException("resolution", resolution.name(),
                    "a merge applies MERGE or OVERWRITE; ABORT is a run's decision to stop before merging",
                    "Pass Resolution.MERGE to keep the current values, or Resolution.OVERWRITE to replace them.");
        }
    }
}
