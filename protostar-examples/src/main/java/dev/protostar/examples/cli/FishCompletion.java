package dev.protostar.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script written from a picocli command model: the commands with their
 * descriptions, each command's options (both forms of a {@code --[no-]x} flag), the values an
 * option or positional parameter accepts, and file names for options that take a path.
 */
final class FishCompletion {

    private FishCompletion() {}

    /** The script for {@code root} and its commands, one {@code complete} line per command and option. */
    static String script(CommandSpec root) {
        String name = root.name();
        StringBuilder script = new StringBuilder();
        script.append("# fish completion for ").append(name).append(", printed by `").append(name)
                .append(" completion fish`.\n")
                .append("# Put it in ~/.config/fish/completions/").append(name).append(".fish\n\n")
                .append("complete -c ").append(name).append(" -e\n")
                .append("complete -c ").append(name).append(" -f\n\n")
                .append(POSITIONAL_FUNCTION.replace("NAME", name)).append('\n');
        String atTop = "__fish_use_subcommand";
        for (OptionSpec option : root.options()) {
            script.append(option(name, atTop, option));
        }
        for (Map.Entry<String, CommandLine> entry : root.subcommands().entrySet()) {
            script.append(line(name, atTop, "-a " + quote(entry.getKey()),
                    entry.getValue().getCommandSpec().usageMessage().description()));
        }
        for (Map.Entry<String, CommandLine> entry : root.subcommands().entrySet()) {
            String command = entry.getKey();
            CommandSpec spec = entry.getValue().getCommandSpec();
            script.append('\n');
            String seen = "__fish_seen_subcommand_from " + command;
            for (OptionSpec option : spec.options()) {
                script.append(option(name, seen, option));
            }
            List<String> takingValues = new ArrayList<>();
            spec.options().stream().filter(option -> option.arity().max() > 0)
                    .forEach(option -> takingValues.addAll(List.of(option.names())));
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                List<String> candidates = candidates(positional.completionCandidates());
                if (candidates.isEmpty()) {
                    continue;
                }
                String condition = "__" + name + "_positional_is " + command + " " + positional.index().min()
                        + (takingValues.isEmpty() ? "" : " " + String.join(" ", takingValues));
                for (String candidate : candidates) {
                    script.append(line(name, condition, "-a " + quote(candidate), positional.description()));
                }
            }
        }
        return script.toString();
    }

    /** Prints whether the word being completed is the positional parameter {@code index} of {@code command}. */
    private static final String POSITIONAL_FUNCTION = """
            # __NAME_positional_is COMMAND INDEX [OPTIONS THAT TAKE A VALUE...]
            function __NAME_positional_is
                set -l tokens (commandline -opc)
                test (count $tokens) -ge 2; and test "$tokens[2]" = "$argv[1]"; or return 1
                set -l position 0
                set -l skip 0
                for token in $tokens[3..-1]
                    if test $skip = 1
                        set skip 0
                    else if contains -- $token $argv[3..-1]
                        set skip 1
                    else if not string match -q -- '-*' $token
                        set position (math $position + 1)
                    end
                end
                test $position = $argv[2]
            end
            """;

    /** The lines that complete {@code option}: both forms of a negatable flag, its values when it takes one. */
    private static String option(String name, String condition, OptionSpec option) {
        StringBuilder names = new StringBuilder();
        for (String optionName : option.names()) {
            names.append(optionName.startsWith("--") ? " -l " + optionName.substring(2) : " -s " + optionName.substring(1));
        }
        String value = "";
        if (option.arity().max() > 0) {
            List<String> candidates = candidates(option.completionCandidates());
            if (!candidates.isEmpty()) {
                value = " -x -a " + quote(String.join(" ", candidates));
            } else if (Path.class.equals(option.type()) || java.io.File.class.equals(option.type())) {
                value = " -r -F";
            } else {
                value = " -x";
            }
        }
        String lines = line(name, condition, names.toString().trim() + value, option.description());
        if (option.negatable()) {
            String longName = option.longestName().substring(2);
            lines += line(name, condition, "-l no-" + longName, new String[] {"Turn off --" + longName + "."});
        }
        return lines;
    }

    private static String line(String name, String condition, String what, String[] description) {
        String text = description.length == 0 ? "" : " -d " + quote(summary(description[0]));
        return "complete -c " + name + " -n " + quote(condition) + " " + what + text + "\n";
    }

    /** The first sentence of a help text, for fish's one-line descriptions. */
    static String summary(String text) {
        String plain = text.replace("%n", " ").strip();
        int end = plain.indexOf(". ");
        return end < 0 ? plain : plain.substring(0, end + 1);
    }

    private static List<String> candidates(Iterable<String> candidates) {
        List<String> list = new ArrayList<>();
        if (candidates != null) {
            candidates.forEach(list::add);
        }
        return list;
    }

    /** {@code text} as one fish word in single quotes. */
    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
