package dev.protostar.core.process;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python package and project names, compared the way PEP 503 normalises them. */
final class PythonNames {

    private static final Pattern REQUIREMENT =
            Pattern.compile("\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*([\\[(<>=!~;@ ].*)?");
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

    private PythonNames() {}

    /** The name part of a requirement such as {@code "ruff>=0.6"} or {@code "black[jupyter]"}; empty when it is not one. */
    static Optional<String> requirementName(String requirement) {
        Matcher matcher = REQUIREMENT.matcher(requirement);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** PEP 503: lower case, every run of {@code -}, {@code _} and {@code .} becomes one {@code -}. */
    static String normalize(String name) {
        return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /** A project name made from a folder name; {@code "project"} when nothing usable is left. */
    static String projectName(String folderName) {
        String name = NOT_NAME.matcher(folderName.toLowerCase(Locale.ROOT)).replaceAll("-");
        name = name.replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "project" : name;
    }

    /** The file-name form used for {@code .dist-info} folders: normalised, with {@code _} separators. */
    static String distributionStem(String name) {
        return normalize(name).replace('-', '_');
    }
}
