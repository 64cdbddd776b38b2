package dev.protostar.examples.cli;

import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * A picocli {@link TextTable} that wraps its last column at spaces only. picocli's own table asks
 * {@link java.text.BreakIterator#getLineInstance()} where a line may end, and the JDK's line rules
 * allow a break after {@code .} or {@code /} and before {@code [} inside a token: help showed
 * {@code ~/.} at the end of one line and {@code config/protostar/config.toml} on the next. Here a
 * line ends only between space-separated words; a single word wider than the column is still cut
 * by picocli, as nothing else fits.
 */
final class WordWrapTable extends TextTable {

    private final ColorScheme colorScheme;

    WordWrapTable(ColorScheme colorScheme, Column... columns) {
        super(colorScheme, columns);
        this.colorScheme = colorScheme;
    }

    /**
     * Writes {@code value} line by line: as many whole words as fit (each with the spaces after it,
     * as picocli counts them), then the next row, indented by {@link #indentWrappedLines} more.
     */
    @Override
    public Cell putValue(int row, int col, Text value) {
        Column column = columns()[col];
        boolean lastColumn = col == columns().length - 1;
        boolean wraps = column.overflow == Column.Overflow.WRAP
                || (column.overflow == Column.Overflow.SPAN && lastColumn);
        if (!wraps || value == null || value.plainString().isEmpty()) {
            return super.putValue(row, col, value);
        }
        String plain = value.plainString();
        Cell cell = null;
        int start = 0;
        int indent = column.indent;
        while (start < plain.length()) {
            int end = lineEnd(plain, start, column.width - indent);
            Text line = value.substring(start, end);
            if (start > 0) {
                addEmptyRow();
                row = rowCount() - 1;
                line = colorScheme.ansi().new Text(" ".repeat(indentWrappedLines), colorScheme).concat(line);
            }
            cell = super.putValue(row, col, line);
            row = cell.row;
            start = end;
            indent = column.indent + indentWrappedLines;
        }
        return cell;
    }

    /**
     * Where the line starting at {@code start} ends: after the last whole word (with its trailing
     * spaces) that fits in {@code room} characters, or after the first word when even that does not fit.
     */
    static int lineEnd(String text, int start, int room) {
        int end = start;
        while (end < text.length()) {
            int next = wordEnd(text, end);
            if (next - start > room && end > start) {
                break;
            }
            end = next;
            if (next - start > room) {
                break;
            }
        }
        return end;
    }

    /** The end of the word starting at {@code from}, including the spaces after it. */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != ' ') {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
