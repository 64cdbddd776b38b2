package dev.protostar.core.process;

import java.util.List;

/**
 * One family of commands {@link SimulatedProcessRunner} understands, such as {@code git init}.
 * Implementations only touch the workspace through {@link SimulatedInvocation}, and are stateless.
 */
interface SimulatedCommand {

    /** Whether this family simulates a program of this name, for pre-flight checks. */
    boolean providesProgram(String name);

    /** Whether this family simulates {@code command} (program and arguments). */
    boolean accepts(List<String> command);

    /**
     * Applies the command's effects to the invocation's workspace and prints what the real
     * program would print.
     *
     * @return the exit code the real program would return
     */
    int run(SimulatedInvocation invocation);

    /** Whether {@code command} is {@code program subcommand ...}, such as {@code git init -q}. */
    static boolean isSubcommand(List<String> command, String program, String subcommand) {
        return command.size() >= 2 && command.get(0).equals(program) && command.get(1).equals(subcommand);
    }

    /** The last segment of a program name or path: {@code "python3"} for {@code ".venv/bin/python3"}. */
    static String baseName(String program) {
        return program.substring(program.lastIndexOf('/') + 1);
    }
}
