package dev.protostar.core.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * The {@code uv.lock} the simulated {@code uv add} writes: a small, deterministic stand-in in uv's
 * shape ({@code version = 1}, one {@code [[package]]} for the project and one per dependency, every
 * dependency at version {@code 0.0.0}, since nothing is resolved). Everything is sorted by
 * normalised name, so the same {@code pyproject.toml} always gives the same bytes.
 *
 * @param project the project's normalised name
 * @param version the project's version, when it is a plain string
 * @param requiresPython the project's {@code requires-python}, when present
 * @param dependencies the normalised names of {@code [project].dependencies}
 * @param groups the normalised names in each {@code [dependency-groups]} array, by group
 */
record UvLock(String project, Optional<String> version, Optional<String> requiresPython,
        SortedSet<String> dependencies, SortedMap<String, SortedSet<String>> groups) {

    private static final String REGISTRY = "https://pypi.org/simple";

    /** What a parsed {@code pyproject.toml} declares. */
    static UvLock of(TomlTable pyproject) {
        String project = PythonNames.normalize(string(pyproject, List.of("project", "name")).orElse("project"));
        SortedMap<String, SortedSet<String>> groups = new TreeMap<>();
        if (pyproject.isTable("dependency-groups")) {
            TomlTable table = pyproject.getTable("dependency-groups");
            for (String group : table.keySet()) {
                if (table.isArray(List.of(group))) {
                    groups.put(PythonNames.normalize(group), names(table.getArray(List.of(group))));
                }
            }
        }
        return new UvLock(project, string(pyproject, List.of("project", "version")),
                string(pyproject, List.of("project", "requires-python")),
                names(array(pyproject, List.of("project", "dependencies"))), groups);
    }

    /** Every package the lock lists besides the project, sorted. */
    SortedSet<String> packages() {
        SortedSet<String> packages = new TreeSet<>(dependencies);
        groups.values().forEach(packages::addAll);
        packages.remove(project);
        return packages;
    }

    /** The lock file's text. */
    String render() {
        StringBuilder lock = new StringBuilder("version = 1\n");
        requiresPython.ifPresent(value -> lock.append("requires-python = \"").append(Toml.tomlEscape(value)).append("\"\n"));
        lock.append("\n[[package]]\nname = \"").append(project).append("\"\n");
        version.ifPresent(value -> lock.append("version = \"").append(Toml.tomlEscape(value)).append("\"\n"));
        lock.append("source = { virtual = \".\" }\n");
        if (!dependencies.isEmpty()) {
            appendNames(lock, "dependencies", dependencies);
        }
        if (!groups.isEmpty()) {
            lock.append("\n[package.dev-dependencies]\n");
            for (Map.Entry<String, SortedSet<String>> group : groups.entrySet()) {
                appendNames(lock, group.getKey(), group.getValue());
            }
        }
        for (String name : packages()) {
            lock.append("\n[[package]]\nname = \"").append(name).append("\"\nversion = \"0.0.0\"\n")
                    .append("source = { registry = \"").append(REGISTRY).append("\" }\n");
        }
        return lock.toString();
    }

    private static void appendNames(StringBuilder lock, String key, SortedSet<String> names) {
        lock.append(key).append(" = [\n");
        names.forEach(name -> lock.append("    { name = \"").append(name).append("\" },\n"));
        lock.append("]\n");
    }

    /** The normalised names of the requirement strings in {@code array}; other entries are ignored. */
    static SortedSet<String> names(TomlArray array) {
        SortedSet<String> names = new TreeSet<>();
        if (array != null) {
            for (Object entry : array.toList()) {
                if (entry instanceof String requirement) {
                    PythonNames.requirementName(requirement).map(PythonNames::normalize).ifPresent(names::add);
                }
            }
        }
        return names;
    }

    private static TomlArray array(TomlTable table, List<String> key) {
        return table.isArray(key) ? table.getArray(key) : null;
    }

    private static Optional<String> string(TomlTable table, List<String> key) {
        return table.isString(key) ? Optional.of(table.getString(key)) : Optional.empty();
    }
}
