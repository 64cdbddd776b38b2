package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.ignore.IgnoreLinesEditor;
import dev.protostar.core.format.jsonc.JsoncSlotEditor;
import dev.protostar.core.format.text.RegionEditor;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.toml.TomlSlotEditor;
import dev.protostar.core.format.yaml.PreCommitSlotEditor;

/** The {@link SlotEditor} of each {@link FilePolicy}. */
public final class Editors {

    private Editors() {}

    /**
     * The editor for a file managed under {@code policy}; the TOML editor reads through the run's
     * parses in {@code documents}.
     *
     * @throws IllegalArgumentException for the whole-file policies, which have no slots but the file
     */
    public static SlotEditor of(FilePolicy policy, WorkspacePath target, TomlDocuments documents) {
        switch (policy) {
            case STRUCTURED_TOML:
                return new TomlSlotEditor(documents);
            case STRUCTURED_JSONC:
                return new JsoncSlotEditor();
            case STRUCTURED_YAML:
                return new PreCommitSlotEditor();
            case IGNORE_LINES:
                return new IgnoreLinesEditor();
            case TEXT_REGION:
                return new RegionEditor(target);
            default:
                throw new IllegalArgumentException(policy.id() + " files are kept whole, not slot by slot");
        }
    }
}
