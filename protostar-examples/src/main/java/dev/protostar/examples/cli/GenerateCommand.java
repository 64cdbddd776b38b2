package dev.protostar.examples.cli;

import dev.protostar.Generation;
import dev.protostar.Protostar;
import dev.protostar.api.GenerationReport;
import dev.protostar.api.GeneratorTarget;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.JournalKey;
import dev.protostar.api.LatexPreset;
import dev.protostar.api.ProtostarException;
import dev.protostar.api.ProtostarConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code protostar generate TARGET [NAME]}: writes boilerplate files, never over existing ones. */
final class GenerateCommand implements Callable<Integer> {

    CommandSpec spec;

    String target;

    String name;

    Path directory;

    String latexPreset;

    String platform;

    ConfigOptions configOptions = new ConfigOptions();

    private final Map<String, String> environment;
    private final Path workingDirectory;

    private GenerateCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** The command-line model of {@code generate}, bound to this object's fields (see {@link CliModel}). */
    private CommandSpec model() {
        CommandSpec model = CliModel.command(this, "generate", new VersionProvider());
        model.usageMessage()
                .description("Write boilerplate files for TARGET into a folder. Existing files are never overwritten:"
                        + " when one is in the way, nothing is written. A failed write removes what was created.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CliModel.exitCodes(
                        "0:success",
                        "1:a file to write exists already; nothing was written",
                        "2:bad usage: unknown TARGET, a missing or unusable NAME (not a C++ identifier, an unknown"
                                + " board without --platform...), or nothing to generate from (cmake in a folder without"
                                + " C++ sources)",
                        "65:a name in the folder is unusable, or a foreign run journal is found (EX_DATAERR)",
                        "70:internal error; a crash report is printed (EX_SOFTWARE)",
                        "74:I/O error; the files created were removed again, unless the message lists paths"
                                + " (EX_IOERR)",
                        "78:a configuration file is broken (EX_CONFIG); nothing was written"));
        model.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("TARGET").type(String.class)
                .completionCandidates(GenerateCommand::targetNames)
                .description("What to generate; see Targets below.")
                .setter(new CliModel.Setter(value -> target = (String) value)).build());
        model.addPositional(PositionalParamSpec.builder().index("1").arity("0..1").paramLabel("NAME")
                .type(String.class)
                .description("The class name, project, document name or board, as TARGET needs.")
                .setter(new CliModel.Setter(value -> name = (String) value)).build());
        model.addOption(CliModel.value("--dir", "DIR", Path.class,
                "The folder to write into (default: the current folder); created when missing.",
                value -> directory = value));
        model.addOption(CliModel.valueWithCandidates("--latex-preset", "PRESET", LatexPreset.ids(),
                "Package set of a tex document: minimal, science, lab-report or academic (default:"
                        + " latex_preset of the configuration, else minimal).", value -> latexPreset = value));
        model.addOption(CliModel.value("--platform", "PLATFORM", String.class,
                "PlatformIO platform of a pio board Protostar does not know, such as espressif32 (as `pio boards"
                        + " BOARD` lists it); it also replaces the platform a known board's name suggests.",
                value -> platform = value));
        configOptions.addTo(model);
        CliModel.addStandardHelpOptions(model);
        spec = model;
        return model;
    }

    /** The generator targets' names, looked up only when a completion script asks for them. */
    private static java.util.Iterator<String> targetNames() {
        return Protostar.generators().stream().map(GeneratorTarget::name).iterator();
    }

    /** The command, with every generator target listed in its help, before the exit codes. */
    static CommandLine commandLine(Map<String, String> environment, Path workingDirectory) {
        CommandLine commandLine = new CommandLine(new GenerateCommand(environment, workingDirectory).model());
        List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
        sections.add(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING),
                TARGETS_SECTION);
        commandLine.getHelpSectionMap().put(TARGETS_SECTION, GenerateCommand::targets);
        commandLine.setHelpSectionKeys(sections);
        commandLine.getCommandSpec().usageMessage().footer(
                "%nExamples:",
                "  protostar generate cpp-class Motor --dir firmware",
                "  protostar generate tex thesis --latex-preset academic",
                "  protostar generate pio esp32dev");
        return commandLine;
    }

    private static final String TARGETS_SECTION = "targets";

    /** "Targets:" and one row per target: its usage, then its description wrapped beside it. */
    private static String targets(CommandLine.Help help) {
        CommandLine.Help.TextTable table = WrappingHelp.table(help.colorScheme(),
                new CommandLine.Help.Column(19, 2, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(61, 1, CommandLine.Help.Column.Overflow.WRAP));
        for (GeneratorTarget target : Protostar.generators()) {
            table.addRowValues(target.usage(), target.description());
        }
        return String.format("%nTargets:%n") + table;
    }

    /** Generates; errors go to standard error as {@code ABORTED: ...} with a hint. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = workingDirectory.resolve(directory != null ? directory : Path.of("")).normalize();
        boolean createdFolder = false;
        try {
            Generation generation = Protostar.generate(target).journalKey(JournalKey.forUser(environment));
            if (name != null) {
                generation.name(name);
            }
            if (platform != null) {
                generation.platform(platform);
            }
            if (latexPreset != null) {
                generation.latexPreset(LatexPreset.fromId(latexPreset));
            } else if (generation.target().name().equals("tex")) {
                // The configuration holds only latex_preset for generators: read it only when it decides something.
                ProtostarConfig loaded = configOptions.load(environment, workingDirectory, folder,
                        warning -> err.println("warning: " + warning));
                err.flush();
                generation.config(loaded);
            }
            createdFolder = TargetFolder.createIfMissing(folder);
            GenerationReport report = generation.workspace(folder).run();
            report.created().forEach(path -> out.println("created  " + path));
            report.warnings().forEach(warning -> out.println("warning  " + warning));
            out.println("SUCCESS: " + report.created().size() + (report.created().size() == 1 ? " file" : " files")
                    + " written in " + folder + ".");
            out.flush();
            return ExitCodes.SUCCESS;
        } catch (InvalidArgumentException e) {
            TargetFolder.removeIfEmpty(folder, createdFolder);
            throw new ParameterException(spec.commandLine(), e.getMessage() + e.hint().map(h -> " " + h).orElse(""), e,
                    null, e.value());
        } catch (ProtostarException e) {
            TargetFolder.removeIfEmpty(folder, createdFolder);
            err.println("ABORTED: " + e.getMessage());
            e.hint().ifPresent(hint -> err.println("  hint: " + hint));
            err.flush();
            return e.exitCode();
        } catch (RuntimeException | Error unexpected) {
            TargetFolder.removeIfEmpty(folder, createdFolder);
            throw unexpected; // a crash: reported by the CrashHandler
        }
    }
}
