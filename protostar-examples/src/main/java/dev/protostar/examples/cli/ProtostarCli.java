package dev.protostar.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The {@code protostar} command. {@link #main(String[])} is the only place that exits the JVM;
 * {@link #execute} runs a command line and returns its exit code, for tests and embedding.
 */
public final class ProtostarCli implements Runnable {

    private CommandLine.Model.CommandSpec spec;

    private ProtostarCli() {}

    /** The command-line model of {@code protostar} without its commands (see {@link CliModel}). */
    private CommandLine.Model.CommandSpec model() {
        spec = CliModel.command(this, "protostar", new VersionProvider());
        spec.usageMessage().description("Scaffolds and maintains developer environments.")
                .synopsisSubcommandLabel("COMMAND")
                .sortOptions(true);
        CliModel.addStandardHelpOptions(spec);
        return spec;
    }

    /** Runs the command line; exits with its exit code. Ctrl-C stops the run and restores the folder. */
    public static void main(String[] args) {
        // picocli otherwise looks for Groovy's Closure class, which makes the class loader search every
        // jar on the class path for it: about 14 ms of start-up. Annotations with closures are not used.
        System.setProperty("picocli.disable.closures", "true");
        Prewarm.startFor(args);
        Thread runner = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread interrupter = new Thread(() -> {
            runner.interrupt();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "protostar-interrupt");
        Runtime.getRuntime().addShutdownHook(interrupter);
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
                Path.of(System.getProperty("user.dir")));
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(interrupter);
        } catch (IllegalStateException shuttingDown) {
            return; // Ctrl-C: the JVM is already exiting with 130 and our rollback is done.
        }
        System.exit(code);
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments after {@code protostar}
     * @param out where normal output goes; with {@code --json}, only the JSON document
     * @param err where errors go; with {@code --json}, all human output
     * @param environment the environment for child processes (its {@code PATH} finds programs)
     * @param workingDirectory the folder relative paths are resolved against
     * @return the exit code
     */
    public static int execute(
            String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory) {
        List<String> arguments = List.of(args);
        InitCommand init = new InitCommand(environment, workingDirectory);
        CrashHandler crashes = new CrashHandler(arguments, init::workspace);
        CommandLine commandLine = new CommandLine(new ProtostarCli().model())
                .addSubcommand(new CommandLine(init.model()))
                .addSubcommand(new CommandLine(new SyncCommand(environment, workingDirectory).model()))
                .addSubcommand(new CommandLine(new StatusCommand(environment, workingDirectory).model()))
                .addSubcommand(new CommandLine(new DiffCommand(environment, workingDirectory).model()))
                .addSubcommand(new CommandLine(new EjectCommand(environment, workingDirectory).model()))
                .addSubcommand(GenerateCommand.commandLine(environment, workingDirectory))
                .addSubcommand(new CommandLine(new ConfigCommand(environment, workingDirectory).model()))
                .addSubcommand(new CommandLine(new CompletionCommand().model()))
                .addSubcommand(new CommandLine(new HelpCommand().model()))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(crashes);
        WrappingHelp.install(commandLine);
        commandLine.setParameterExceptionHandler(
                new UsageErrorHandler(arguments));
        try {
            return commandLine.execute(args);
        } catch (Error error) {
            // picocli hands only Exceptions to the handler; an Error (a broken class path, a stack
            // overflow) is a crash just the same, and the run has already been rolled back.
            return crashes.report(error, out, err);
        }
    }

    /** Without a command: a usage error that lists the commands. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (init, sync, status, diff, eject, generate, config, completion or help).");
    }
}
