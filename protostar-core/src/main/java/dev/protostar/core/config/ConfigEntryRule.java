package dev.protostar.core.config;

import dev.protostar.api.ChildEnvironment;
import dev.protostar.api.IgnoreEntry;
import dev.protostar.api.PythonRequirement;
import dev.protostar.api.WorkspacePath;
import java.util.Optional;

/**
 * What an entry of a configuration list becomes, and the rule it must follow for that: the one
 * place where every list of a configuration file that turns into a command argument, a workspace
 * path, an ignore line or a pattern of environment variables kept from tools is checked.
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

    /** A pattern of {@code [env] scrub}: a variable name, or a prefix followed by {@code *}. */
    ENVIRONMENT_PATTERN("Write a variable name such as \"GITHUB_TOKEN\", or a prefix followed by * such as \"AWS_*\".") {
        @Override
        Optional<String> problem(String entry) {
            return ChildEnvironment.isPattern(entry) ? Optional.empty()
                    : Optional.of("not a variable name or a prefix followed by * (such as GITHUB_TOKEN or AWS_*)");
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
