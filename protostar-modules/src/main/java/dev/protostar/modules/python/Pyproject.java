package dev.protostar.modules.python;

import dev.protostar.api.ModuleContext;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** What modules read from a project's {@code pyproject.toml}, without ever failing on a broken one. */
public final class Pyproject {

    /** The file's place in the workspace. */
    public static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    private Pyproject() {}

    /** The parsed file, or empty when it is absent or does not parse. */
    public static Optional<TomlParseResult> read(ModuleContext context) {
        return context.readString(PATH).flatMap(TomlReader::read);
    }

    /**
     * The non-blank strings of the array at {@code keyPath} (such as {@code project.dependencies}),
     * stripped and in their order; empty when the file or the array is absent.
     */
    public static List<String> strings(Optional<TomlParseResult> pyproject, List<String> keyPath) {
        List<String> strings = new ArrayList<>();
        pyproject.filter(document -> document.isArray(keyPath)).ifPresent(document -> {
            TomlArray array = document.getArrayOrEmpty(keyPath);
            for (Object entry : array.toList()) {
                if (entry instanceof String value && !value.isBlank()) {
                    strings.add(value.strip());
                }
            }
        });
        return List.copyOf(strings);
    }
}
