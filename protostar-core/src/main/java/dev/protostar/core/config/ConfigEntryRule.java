package dev.protostar.core.config;

import dev.protostar.api.IgnoreEntry;
import dev.protostar.api.PythonRequirement;
import dev.protostar.api.WorkspacePath;
import java.util.Optional;

/**
 * What an entry of a configuration list becomes, and the rule it must follow for that: the one
 * place where every list of a configuration file that turns into a command argument, a workspace
 * path or an ignore line is checked.
 */
enum ConfigEntryRule {

    /** An argument of {@code uv add} or {@code pip install}: a PEP 508 requirement, never an option. */
    PYTHON_REQUIREMENT(PythonRequirement.hint()) {
        @Override
        Optional<String> problem(String entry) {
            return PythonRequirement.problem(entry).map(problem -> "not a PEP 508 requirement: " + problem);
        }
    },

    /** A folder the run creates: a relative path inside the project, on one line without control characters. */
    FOLDER("Write a relative path inside the project with \"/\" between names, such as \"data/raw\".") {
        @Override
        Optional<String> problem(String entry) {
            Optional<String> line = IgnoreEntry.problem(entry);
            if (line.isPresent()) {
                return Optional.of("not a folder name: " + line.get().replace("an entry is one line", "a name is one line"));
            }
            try {
                WorkspacePath.of(entry.strip());
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of("not a relative path inside the project: " + e.getMessage());
            }
        }
    },

    /** A line of {@code .gitignore}. */
    IGNORE_LINE("Write one pattern per entry, such as \"data/raw/\"; a list holds several.") {
        @Override
        Optional<String> problem(String entry) {
            return IgnoreEntry.problem(entry).map(problem -> "not one ignore line: " + problem);
        }
    };

    private final String hint;

    ConfigEntryRule(String hint) {
        this.hint = hint;
    }

    /** Why {@code entry} breaks this rule, or empty when it follows it. */
    abstract Optional<String> problem(String entry);

    /** What an entry that follows the rule looks like. */
    String hint() {
        return hint;
    }
}
