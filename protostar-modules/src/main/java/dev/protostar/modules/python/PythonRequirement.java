package dev.protostar.modules.python;

import java.util.Locale;

/** Names of Python packages compared the way installers compare them (PEP 503). */
public final class PythonRequirement {

    private PythonRequirement() {}

    /** The canonical name of a requirement such as {@code "Ruff>=0.6"}: {@code "ruff"}. */
    public static String canonicalName(String requirement) {
        String trimmed = requirement.strip();
        int end = 0;
        while (end < trimmed.length() && isNameChar(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }
}
