package dev.protostar.modules.generators;

import dev.protostar.api.LatexPreset;
import dev.protostar.api.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generator may look at: its argument, the LaTeX preset, the workspace (read only; the
 * CMake generator searches it for sources) and the name of the folder it lives in.
 */
record GenerationInput(Optional<String> argument, LatexPreset latexPreset, Workspace workspace, String folderName,
        Optional<String> platform) {

    GenerationInput {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(latexPreset, "latexPreset");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(folderName, "folderName");
    }
}
