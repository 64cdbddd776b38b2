package dev.protostar.modules.generators;

import dev.protostar.api.GenerationReport;
import dev.protostar.api.GeneratorTarget;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.JournalKey;
import dev.protostar.api.LatexPreset;
import dev.protostar.api.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in generators, in the order help texts list them, and the one way to run them. Used by
 * {@code dev.protostar.Protostar.generate(...)}; pure Java, no process is ever started.
 */
public final class Generators {

    private static final List<Generator> ALL = List.of(
            new CppClassGenerator(),
            new CmakeGenerator(),
            new TexGenerator(),
            new CircuitPythonGenerator(),
            new PlatformioGenerator());

    private Generators() {}

    /** Every target, in help order: cpp-class, cmake, tex, circuitpython, pio. */
    public static List<GeneratorTarget> targets() {
        return ALL.stream().map(Generator::target).toList();
    }

    /**
     * The target called {@code name}.
     *
     * @throws InvalidArgumentException listing every target when there is none of that name
     */
    public static GeneratorTarget target(String name) {
        return generator(name).target();
    }

    private static Generator generator(String name) {
        return ALL.stream().filter(g -> g.target().name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("generator target", name,
                        "there is no generator of that name.", "Use one of: " + usages() + "."));
    }

    private static String usages() {
        return targets().stream().map(GeneratorTarget::usage).collect(Collectors.joining(", "));
    }

    /**
     * Writes the files of {@code target} into {@code workspace}, all or nothing, never over an
     * existing file.
     *
     * @param workspace where to write; the CMake generator also searches it for sources
     * @param target the target's name, such as {@code "cpp-class"}
     * @param argument the target's argument (class name, project, document name, board), if given
     * @param latexPreset the package set of a LaTeX document (other targets ignore it)
     * @param journalKey seals the generation's journal and checks a killed run's journal before it is replayed
     * @return the files created
     * @throws InvalidArgumentException when the target is unknown, or the argument is missing,
     *     superfluous or unusable; nothing was written
     * @throws dev.protostar.api.TargetExistsException when a file to write exists; nothing was written
     * @throws dev.protostar.api.WorkspaceException when a write failed; the workspace is as it was
     * @throws dev.protostar.api.RollbackFailedException when a write failed and not every created
     *     file could be removed again; those are named
     */
    public static GenerationReport generate(Workspace workspace, String target, Optional<String> argument,
            LatexPreset latexPreset, JournalKey journalKey) {
        return generate(workspace, target, argument, latexPreset, Optional.empty(), journalKey);
    }

    /**
     * {@link #generate(Workspace, String, Optional, LatexPreset, JournalKey)} with the PlatformIO
     * platform of a {@code pio} board named by the caller instead of found from the board's name.
     *
     * @param platform the platform of a {@code pio} board, such as {@code espressif32}; other targets refuse one
     * @throws InvalidArgumentException also when a platform is given to another target or is no platform id
     */
    public static GenerationReport generate(Workspace workspace, String target, Optional<String> argument,
            LatexPreset latexPreset, Optional<String> platform, JournalKey journalKey) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(journalKey, "journalKey");
        Objects.requireNonNull(latexPreset, "latexPreset");
        Generator generator = generator(target);
        GeneratorTarget description = generator.target();
        if (argument.isEmpty() && description.argumentRequired()) {
            throw new InvalidArgumentException(description.name() + " argument", "",
                    description.name() + " needs a " + description.argument() + ".",
                    "Run it as: " + description.usage() + ".");
        }
        if (argument.isPresent() && description.argument().isEmpty()) {
            throw new InvalidArgumentException(description.name() + " argument", argument.get(),
                    description.name() + " takes no argument.", "Run it as: " + description.usage() + ".");
        }
        if (platform.isPresent() && !description.name().equals(PlatformioGenerator.TARGET.name())) {
            throw new InvalidArgumentException("platform", platform.get(), description.name() + " takes no platform;"
                    + " only pio does.", "Run it as: " + description.usage() + ".");
        }
        String folderName = workspace.localDirectory().map(Path::getFileName).map(Path::toString)
                .filter(name -> !name.isBlank()).orElse("project");
        List<GeneratedFile> files = generator.files(new GenerationInput(argument, latexPreset, workspace, folderName,
                platform));
        return AllOrNothingWriter.write(workspace, description.name(), files, journalKey);
    }
}
