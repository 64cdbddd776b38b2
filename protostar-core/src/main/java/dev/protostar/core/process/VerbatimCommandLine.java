package dev.protostar.core.process;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.exec.CommandLine;

/**
 * A commons-exec command line whose arguments reach the program exactly as given. Even with
 * {@code addArgument(argument, false)}, commons-exec trims each argument (so {@code "a "} arrives as
 * {@code "a"}); its launcher asks {@link #toStrings()} for the final list, which here returns the
 * untouched arguments.
 */
final class VerbatimCommandLine extends CommandLine {

    private final String[] command;

    VerbatimCommandLine(Path program, List<String> arguments) {
        super(program);
        for (String argument : arguments) {
            addArgument(argument, false); // never quote; kept for commons-exec's own view of the command
        }
        String[] all = new String[arguments.size() + 1];
        all[0] = program.toString();
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        this.command = all;
    }

    @Override
    public String[] toStrings() {
        return command.clone();
    }

    @Override
    public String[] getArguments() {
        String[] arguments = new String[command.length - 1];
        System.arraycopy(command, 1, arguments, 0, arguments.length);
        return arguments;
    }
}
