package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.format.toml.TomlSlotEditor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/**
 * {@code uv remove [--dev | --group G] [--] <package>...}: removes each listed package (compared by
 * normalised name) from {@code [project].dependencies}, or with {@code --dev} from {@code
 * [dependency-groups].dev}, every other byte kept; then writes {@code uv.lock} again (see {@link
 * UvLock}). As real uv, a package that is not listed fails the command (exit code 2) and changes
 * nothing.
 */
final class SimulatedUvRemove implements SimulatedCommand {

    private static final WorkspacePath PYPROJECT = WorkspacePath.of("pyproject.toml");
    private static final WorkspacePath LOCK = WorkspacePath.of("uv.lock");

    @Override
    public boolean providesProgram(String name) {
        return name.equals("uv");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "uv", "remove");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        String group = null;
        Set<String> packages = new LinkedHashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!optionsEnded && argument.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && argument.equals("--dev")) {
                group = "dev";
            } else if (!optionsEnded && argument.equals("--group") && i + 1 < arguments.size()) {
                group = arguments.get(++i);
            } else if (!optionsEnded && argument.startsWith("-")) {
                return invocation.fail(2, "error: unexpected argument '" + argument + "' found"
                        + " (the simulated runner supports --dev and --group <name>)");
            } else if (PythonNames.requirementName(argument).isEmpty()) {
                return invocation.fail(2, "error: Failed to parse: `" + argument + "`: not a package name");
            } else {
                packages.add(argument);
            }
        }
        if (packages.isEmpty()) {
            return invocation.fail(2, "error: the following required arguments were not provided:\n  <PACKAGES>...");
        }
        if (!invocation.workspace().isFile(PYPROJECT)) {
            return invocation.fail(2, "error: No `pyproject.toml` found in current directory or any parent directory.");
        }
        String text = Utf8Text.decode(PYPROJECT, invocation.workspace().read(PYPROJECT));
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TomlParseResult document = Toml.parse(body);
        if (document.hasErrors()) {
            return invocation.fail(2, "error: Failed to parse `" + invocation.location(PYPROJECT) + "`: "
                    + document.errors().get(0).getMessage());
        }
        List<String> key = group == null ? List.of("project", "dependencies") : List.of("dependency-groups", group);
        TomlArray listed = document.isArray(key) ? document.getArray(key) : null;
        List<String> entries = new ArrayList<>();
        for (String name : packages) {
            String wanted = PythonNames.normalize(PythonNames.requirementName(name).orElseThrow());
            boolean found = false;
            for (int i = 0; listed != null && i < listed.size(); i++) {
                if (listed.get(i) instanceof String entry && PythonNames.requirementName(entry)
                        .map(PythonNames::normalize).filter(wanted::equals).isPresent()) {
                    entries.add(entry);
                    found = true;
                }
            }
            if (!found) {
                return invocation.fail(2, "error: The dependency `" + name + "` could not be found in `"
                        + String.join(".", key) + "`");
            }
        }
        String edited = text;
        TomlSlotEditor editor = new TomlSlotEditor();
        for (String entry : entries) {
            edited = editor.removeMember(PYPROJECT, edited, key, new TypedValue.Str(entry));
        }
        invocation.writeIfChanged(PYPROJECT, edited);
        UvLock lock = UvLock.of(Toml.parse(edited.startsWith("\uFEFF") ? edited.substring(1) : edited));
        invocation.writeIfChanged(LOCK, lock.render());
        invocation.err("Resolved " + (lock.packages().size() + 1) + " packages in 0ms");
        return 0;
    }
}
