package dev.protostar.examples.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help, laid out in {@link WordWrapTable}s so that no line of it ends inside a word: the
 * synopsis, description, option and parameter lists, command list, exit codes and footer are the
 * same columns picocli uses, with breaks only at spaces.
 */
final class WrappingHelp extends Help {

    /** picocli's own limit (private in UsageMessageSpec) on how far wrapped synopsis lines are indented. */
    private static final double MAX_SYNOPSIS_AUTO_INDENT_THRESHOLD = 0.9;

    /** Makes every command of {@code commandLine} (call it after adding them) render its help this way. */
    static void install(CommandLine commandLine) {
        commandLine.setHelpFactory(WrappingHelp::new);
    }

    private WrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    /** A table of {@code columns} that wraps at spaces, for help sections of our own. */
    static TextTable table(ColorScheme colorScheme, Column... columns) {
        return new WordWrapTable(colorScheme, columns);
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
            ColorScheme scheme) {
        int longOptionsWidth = calcLongOptionColumnWidth(options, positionals, scheme);
        TextTable table = table(scheme,
                new Column(2, 0, Overflow.TRUNCATE),
                new Column(2, 0, Overflow.SPAN),
                new Column(1, 0, Overflow.TRUNCATE),
                new Column(longOptionsWidth, 1, Overflow.SPAN),
                new Column(width() - 5 - longOptionsWidth, 1, Overflow.WRAP));
        return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    @Override
    protected String insertSynopsisCommandName(int synopsisHeadingLength, Text details) {
        String commandName = commandSpec().qualifiedName();
        UsageMessageSpec usage = commandSpec().usageMessage();
        int indent = synopsisHeadingLength + commandName.length() + 1;
        if (indent > usage.synopsisAutoIndentThreshold() * width()) {
            indent = usage.synopsisIndent() < 0 ? synopsisHeadingLength : usage.synopsisIndent();
            indent = Math.min(indent, (int) (MAX_SYNOPSIS_AUTO_INDENT_THRESHOLD * width()));
        }
        TextTable table = table(colorScheme(), new Column(width(), 0, Overflow.SPAN));
        table.indentWrappedLines = indent;
        Text padding = Ansi.OFF.new Text("X".repeat(synopsisHeadingLength), colorScheme());
        table.addRowValues(padding.concat(colorScheme().commandText(commandName)).concat(details));
        return table.toString().substring(synopsisHeadingLength);
    }

    @Override
    public String description(Object... params) {
        return lines(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return lines(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return lines(commandSpec().usageMessage().footer(), params);
    }

    private String lines(String[] lines, Object... params) {
        if (lines == null) {
            return "";
        }
        TextTable table = table(colorScheme(), new Column(width(), 0, Overflow.SPAN));
        table.indentWrappedLines = 0;
        for (String line : lines) {
            table.addRowValues(format(line, params));
        }
        return table.toString();
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        if (map == null || map.isEmpty()) {
            return table(colorScheme(), new Column(10, 0, Overflow.SPAN), new Column(width() - 10, 0, Overflow.SPAN));
        }
        int keyLength = Math.min(width() - 4, map.keySet().stream().mapToInt(k -> String.valueOf(k).length()).max()
                .orElse(0));
        TextTable table = table(colorScheme(),
                new Column(keyLength + 3, 2, Overflow.SPAN),
                new Column(width() - (keyLength + 3), 2, Overflow.WRAP));
        map.forEach((key, value) -> table.addRowValues(format(String.valueOf(key)), format(String.valueOf(value))));
        return table;
    }

    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int commandLength = Math.min(subcommands.keySet().stream().mapToInt(String::length).max().orElse(0),
                width() / 2);
        TextTable table = table(colorScheme(),
                new Column(commandLength + 2, 2, Overflow.SPAN),
                new Column(width() - (commandLength + 2), 2, Overflow.WRAP));
        subcommands.forEach((name, help) -> {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            String summary = usage.header().length > 0 ? usage.header()[0]
                    : usage.description().length > 0 ? usage.description()[0] : "";
            Text[] lines = colorScheme().text(format(summary)).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? help.commandNamesText(", ") : Ansi.OFF.new Text(0), lines[i]);
            }
        });
        return table.toString();
    }

    /** As picocli formats help text: {@code %n} and parameters replaced, or the text as it is when it is no format. */
    private static String format(String text, Object... params) {
        try {
            return text == null ? "" : String.format(text, params);
        } catch (java.util.IllegalFormatException notAFormat) {
            return text;
        }
    }
}
