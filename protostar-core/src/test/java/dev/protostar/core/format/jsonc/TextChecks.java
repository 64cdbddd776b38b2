package dev.protostar.core.format.jsonc;

import java.util.List;

/** Precise statements about how a merged text relates to the text it came from. */
final class TextChecks {

    private TextChecks() {
    }

    /**
     * Whether {@code output} can be made from {@code base} by inserting characters only (no
     * character of {@code base} deleted or changed): {@code base} is a subsequence of {@code
     * output}. Necessary for "only inserts", not sufficient: it cannot tell which of two equal
     * characters was the original.
     */
    static boolean onlyInserted(String base, String output) {
        int next = 0;
        for (int i = 0; i < output.length() && next < base.length(); i++) {
            if (output.charAt(i) == base.charAt(next)) {
                next++;
            }
        }
        return next == base.length();
    }

    /**
     * The first base line (0-based) that is missing from {@code output}, or -1 when every line of
     * {@code base} appears in {@code output} in order, each as an output line that either equals
     * it or equals it with exactly one {@code ','} inserted. Lines are split at CRLF or LF; a
     * leading byte order mark is ignored.
     */
    static int firstLineMissing(String base, String output) {
        List<String> baseLines = lines(base);
        List<String> outputLines = lines(output);
        int next = 0;
        for (int i = 0; i < baseLines.size(); i++) {
            String line = baseLines.get(i);
            while (next < outputLines.size() && !sameOrOneCommaMore(line, outputLines.get(next))) {
                next++;
            }
            if (next == outputLines.size()) {
                return i;
            }
            next++;
        }
        return -1;
    }

    static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(body.split("\r?\n", -1));
    }

    private static boolean sameOrOneCommaMore(String line, String candidate) {
        if (candidate.equals(line)) {
            return true;
        }
        if (candidate.length() != line.length() + 1) {
            return false;
        }
        for (int i = candidate.indexOf(','); i >= 0; i = candidate.indexOf(',', i + 1)) {
            if (candidate.startsWith(line.substring(0, i)) && candidate.substring(i + 1).equals(line.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
