package dev.protostar;

import dev.protostar.api.GenerationReport;
import dev.protostar.api.GeneratorTarget;
import dev.protostar.api.JournalKey;
import dev.protostar.api.LatexPreset;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.Workspace;
import dev.protostar.modules.generators.Generators;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One generation, made by {@link Protostar#generate(String)}: which files, where, and {@link #run()}.
 *
 * <pre>{@code
 * GenerationReport report = Protostar.generate("cpp-class")
 *         .name("Motor")
 *         .workspace(Path.of("firmware"))
 *         .run();                      // Motor.hpp and Motor.cpp
 * }</pre>
 *
 * <p>A generation never overwrites: when any of its files exists, {@link #run()} fails before
 * writing anything. It is all or nothing: when a write fails, the files it had created are removed
 * again. No process is started, so it works the same on every workspace (in memory, Jimfs, disk).
 */
public final class Generation {

    private final GeneratorTarget target;
    private Workspace workspace;
    private String name;
    private LatexPreset latexPreset;
    private ProtostarConfig config = ProtostarConfig.empty();
    private JournalKey journalKey;
    private String platform;

    Generation(String target) {
        this.target = Generators.target(Objects.requireNonNull(target, "target"));
    }

    /** The target this generation writes. */
    public GeneratorTarget target() {
        return target;
    }

    /**
     * The target's argument: the class name of {@code cpp-class}, the project of {@code cmake}, the
     * document name of {@code tex}, the board of {@code pio}. Checked by {@link #run()}.
     */
    public Generation name(String value) {
        this.name = Objects.requireNonNull(value, "name");
        return this;
    }

    /**
     * The PlatformIO platform of a {@code pio} board, such as {@code espressif32}, instead of the one
     * its name suggests: needed for a board Protostar does not know. Other targets refuse it.
     */
    public Generation platform(String value) {
        this.platform = Objects.requireNonNull(value, "platform");
        return this;
    }

    /** Writes into the folder {@code directory}, which must exist (default: the current directory). */
    public Generation workspace(Path directory) {
        this.workspace = Workspace.at(directory);
        return this;
    }

    /** Writes into {@code value}, for example {@link Workspace#inMemory()}. */
    public Generation workspace(Workspace value) {
        this.workspace = Objects.requireNonNull(value, "workspace");
        return this;
    }

    /**
     * The package set of a {@code tex} document, whatever the configuration says (default: the
     * configuration's {@code latex_preset}, else {@link LatexPreset#MINIMAL}); other targets ignore it.
     */
    public Generation latexPreset(LatexPreset value) {
        this.latexPreset = Objects.requireNonNull(value, "latexPreset");
        return this;
    }

    /** Takes the user's settings into account: its {@code latex_preset} when {@link #latexPreset(LatexPreset)} was not called. */
    public Generation config(ProtostarConfig value) {
        this.config = Objects.requireNonNull(value, "config");
        return this;
    }

    /**
     * Seals the generation's journal with {@code key}, and replays a journal a killed run left in the
     * folder only when {@code key} shows that this machine wrote it there (default: {@link
     * JournalKey#forUser(java.util.Map) JournalKey.forUser(System.getenv())}, the key file in this
     * user's state folder).
     */
    public Generation journalKey(JournalKey key) {
        this.journalKey = Objects.requireNonNull(key, "key");
        return this;
    }

    /**
     * Writes the files.
     *
     * @return the files created, in writing order
     * @throws dev.protostar.api.InvalidArgumentException (exit code 2) when the name is missing,
     *     superfluous or unusable, such as a class name that is no C++ identifier, an unknown
     *     board without a {@link #platform(String) platform}, or a folder without C++ sources for
     *     {@code cmake}; nothing was written
     * @throws dev.protostar.api.TargetExistsException (exit code 1) naming every file that exists
     *     already; nothing was written
     * @throws dev.protostar.api.WorkspaceException (exit code 74) when a write failed; the files
     *     this generation had created were removed again
     * @throws dev.protostar.api.RollbackFailedException (exit code 74) when, after a failed write,
     *     not every created file could be removed; those are named
     * @throws dev.protostar.api.UntrustedJournalException (exit code 65) when the folder holds a run
     *     journal this machine did not write for it; nothing was written or replayed
     */
    public GenerationReport run() {
        Workspace target = workspace != null ? workspace : Protostar.currentDirectory();
        LatexPreset preset = latexPreset != null ? latexPreset
                : config.latexPreset().map(LatexPreset::fromId).orElse(LatexPreset.MINIMAL);
        return Generators.generate(target, this.target.name(), Optional.ofNullable(name), preset,
                Optional.ofNullable(platform),
                journalKey != null ? journalKey : Protostar.userJournalKey());
    }
}
