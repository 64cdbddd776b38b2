package dev.protostar.modules.python;

import dev.protostar.api.ModuleContext;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.toml.TomlDocuments;
import dev.protostar.core.format.toml.TomlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** What modules read from a project's {@code pyproject.toml}, without ever failing on a broken one. */
@dev.protostar.api.Internal
public final class Pyproject {

    /** The file's place in the workspace. */
    public static final WorkspacePath PATH = WorkspacePath.of("pyproject.toml");

    private Pyproject() {}

    /**
     * The parsed file, or empty when it is absent or does not parse. In a run, this is the parse the
     * run shares among all its readers of the same text: read from it, never modify it.
     */
    public static Optional<TomlParseResult> read(ModuleContext context) {
        Optional<String> text = context.readString(PATH);
        if (text.isPresent() && context instanceof TomlDocuments.Source run) {
            return run.tomlDocuments().read(PATH, text.get());
        }
        return text.flatMap(TomlReader::read);
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
