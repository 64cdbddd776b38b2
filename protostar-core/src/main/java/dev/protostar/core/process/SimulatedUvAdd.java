package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.IndependentCheck;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tomlj.MutableTomlArray;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * {@code uv add [--dev | --group G] [--] <package>...}: adds each package that is not already listed
 * (compared by normalised name) to {@code [project].dependencies}, or with {@code --dev} to
 * {@code [dependency-groups].dev}, creating the table and array when missing; then writes
 * {@code uv.lock} (see {@link UvLock}).
 *
 * <p>The file is edited with tomlj's source-preserving tables, so every byte outside the edited
 * array stays as it was (a UTF-8 byte order mark is removed for tomlj and put back). Entries are
 * written as given: real uv writes a resolved lower bound such as {@code "ruff>=0.6.0"}, which a
 * simulation cannot know, so {@code uv add ruff} writes {@code "ruff"}. Adding packages that are all
 * present already changes no byte. Real uv also creates {@code .venv} and installs the packages;
 * the simulation does not.
 */
final class SimulatedUvAdd implements SimulatedCommand {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final WorkspacePath LOCK = WorkspacePath.of("uv.lock");
    private static final String BOM = "\uFEFF";

    @Override
    public boolean providesProgram(String name) {
        return name.equals("uv");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "uv", "add");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        String group = null;
        Set<String> packages = new LinkedHashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (optionsEnded) {
                // After "--" every argument is a package, as for uv's own parser (clap).
                if (PythonNames.requirementName(argument).isEmpty()) {
                    return invocation.fail(2, "error: Failed to parse: `" + argument + "`: not a package requirement");
                }
                packages.add(argument);
            } else if (argument.equals("--")) {
                optionsEnded = true;
            } else if (argument.equals("--dev")) {
                group = "dev";
            } else if (argument.equals("--group") && i + 1 < arguments.size()) {
                group = arguments.get(++i);
            } else if (List.of("-q", "--quiet", "--frozen", "--no-sync").contains(argument)) {
                continue; // no effect on what the simulation writes
            } else if (argument.startsWith("-")) {
                return invocation.fail(2, "error: unexpected argument '" + argument + "' found"
                        + " (the simulated runner supports --dev and --group <name>)");
            } else if (PythonNames.requirementName(argument).isEmpty()) {
                return invocation.fail(2, "error: Failed to parse: `" + argument + "`: not a package requirement");
            } else {
                packages.add(argument);
            }
        }
        if (packages.isEmpty()) {
            return invocation.fail(2, "error: the following required arguments were not provided:\n"
                    + "  <PACKAGES|--requirements <REQUIREMENTS>>");
        }
        if (!invocation.workspace().isFile(PYPROJECT)) {
            return invocation.fail(2, "error: No `pyproject.toml` found in current directory or any parent directory."
                    + " Run `uv init` first.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(invocation.workspace().read(PYPROJECT)))
                    .toString();
        } catch (CharacterCodingException e) {
            return invocation.fail(2, "error: Failed to read `" + invocation.location(PYPROJECT)
                    + "`: stream did not contain valid UTF-8");
        }
        boolean bom = text.startsWith(BOM);
        String body = bom ? text.substring(1) : text;
        // When the merge parsed exactly this text a moment ago (its final check), edit that parse.
        TomlParseResult document = invocation.documents().takeForEditing(PYPROJECT, text)
                .orElseGet(() -> Toml.parse(body));
        if (document.hasErrors()) {
            return invocation.fail(2, parseFailure(invocation, document.errors().get(0)));
        }
        if (!document.isTable("project")) {
            return invocation.fail(2, "error: No `project` table found in: `" + invocation.location(PYPROJECT) + "`");
        }
        List<String> key = group == null ? List.of("project", "dependencies") : List.of("dependency-groups", group);
        if (document.contains(key) && !document.isArray(key)) {
            return invocation.fail(2, "error: `" + String.join(".", key) + "` in `" + invocation.location(PYPROJECT)
                    + "` is not an array; fix it by hand, then run again");
        }
        if (group != null && document.contains("dependency-groups") && !document.isTable("dependency-groups")) {
            return invocation.fail(2, "error: `dependency-groups` in `" + invocation.location(PYPROJECT)
                    + "` is not a table; fix it by hand, then run again");
        }
        List<String> missing = missing(document.isArray(key) ? document.getArray(key) : null, packages);
        if (!missing.isEmpty()) {
            MutableTomlArray array = document.getOrCreateArray(key);
            missing.forEach(array::add);
            String edited = document.toToml();
            if (!IndependentCheck.holds(edited, body, document) && Toml.parse(edited).hasErrors()) {
                return invocation.fail(2, "error: editing `" + invocation.location(PYPROJECT)
                        + "` would produce invalid TOML; it was left unchanged");
            }
            invocation.writeIfChanged(PYPROJECT, (bom ? BOM : "") + edited);
        }
        UvLock lock = UvLock.of(document);
        invocation.writeIfChanged(LOCK, lock.render());
        invocation.err("Resolved " + (lock.packages().size() + 1) + " packages in 0ms");
        return 0;
    }

    /** The requirements whose normalised names {@code existing} does not list yet, in the order given. */
    private static List<String> missing(TomlArray existing, Set<String> requirements) {
        Set<String> present = UvLock.names(existing);
        List<String> missing = new ArrayList<>();
        for (String requirement : requirements) {
            String name = PythonNames.normalize(PythonNames.requirementName(requirement).orElseThrow());
            if (present.add(name)) {
                missing.add(requirement);
            }
        }
        return missing;
    }

    private static String parseFailure(SimulatedInvocation invocation, TomlParseError error) {
        return "error: Failed to parse `" + invocation.location(PYPROJECT) + "` at line " + error.position().line()
                + ", column " + error.position().column() + ": " + error.getMessage()
                + "\nFix the TOML syntax, then run again.";
    }
}
