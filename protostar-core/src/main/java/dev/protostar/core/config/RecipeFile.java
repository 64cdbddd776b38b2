package dev.protostar.core.config;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.FileAttributes;
import dev.protostar.api.Recipe;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * The {@code [recipe]} table of a project's {@value ConfigFiles#PROJECT_FILE_NAME}: reading it as
 * untrusted input into a {@link Recipe}, and rendering a recipe as the TOML payload a run merges into
 * the file. Stateless.
 *
 * <p>Reading is strict: the table is what runs will do, so an unknown key, a value of the wrong type
 * and an id or option value Protostar does not know each stop with a {@link ConfigurationException}
 * naming the file, the line, the bad value and the known ones, where the configuration's other
 * tables only warn. A missing list means an empty one: a tool the recipe does not list is off.
 */
public final class RecipeFile {

    /** The table's name. */
    public static final String TABLE = "recipe";

    /** The comment above the table, saying what it is for. */
    public static final String COMMENT =
            "# What this project is made of; edit it and run `protostar sync` to change the project.";

    private static final String LANGUAGES = "languages";
    private static final String TOOLS = "tools";
    private static final String PRESETS = "presets";
    private static final String MODULES = "modules";
    private static final String OPTIONS = "options";
    private static final List<String> KEYS = List.of(LANGUAGES, TOOLS, PRESETS, MODULES, OPTIONS);

    private RecipeFile() {}

    /**
     * The recipe recorded in {@code workspace}'s {@value ConfigFiles#PROJECT_FILE_NAME}, or empty
     * when the file or its {@code [recipe]} table is absent.
     *
     * @throws ConfigurationException naming the file when it is not a regular file (a symbolic link
     *     is not followed) or not UTF-8, and as {@link #read(String, String)} does
     */
    public static Optional<Recipe> read(Workspace workspace) {
        WorkspacePath file = WorkspacePath.of(ConfigFiles.PROJECT_FILE_NAME);
        Optional<FileAttributes> attributes = workspace.attributes(file);
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        if (!attributes.get().isFile()) {
            String what = attributes.get().isSymbolicLink() ? "a symbolic link" : "not a regular file";
            throw new ConfigurationException(file + " is " + what + ", so the project's recipe is not read from it:"
                    + " the recipe decides what runs do, and is read only from a regular file of the project.",
                    "Replace it with a regular file, or remove it.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(workspace.read(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigurationException(file + " is not UTF-8 text.", "Save it as UTF-8.");
        }
        return read(file.toString(), text);
    }

    /**
     * The recipe in {@code text}, or empty when the file has no {@code [recipe]} table.
     *
     * @param source the file's name as messages show it, such as {@code ".protostar.toml"}
     * @param text the file's text, optionally starting with a byte order mark
     * @throws ConfigurationException naming {@code source} and the line when the text is not valid
     *     TOML or the table is not a valid recipe
     */
    public static Optional<Recipe> read(String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TomlParseResult document = Toml.parse(body, TomlVersion.LATEST);
        if (document.hasErrors()) {
            TomlPosition at = document.errors().get(0).position();
            throw new ConfigurationException(source + (at == null ? "" : ":" + at.line() + ":" + at.column())
                    + ": this is not valid TOML: " + document.errors().get(0).getMessage() + ".",
                    "Fix the TOML at that position in " + source + ".");
        }
        if (!document.contains(TABLE)) {
            return Optional.empty();
        }
        Object recipe = document.get(TABLE);
        if (!(recipe instanceof TomlTable table)) {
            throw refused(source, document.inputPositionOf(TABLE), "[recipe] must be a table, not "
                    + describe(recipe), "Write the recipe as a [recipe] table with the keys " + quoted(KEYS) + ".");
        }
        Reader reader = new Reader(source, table);
        return Optional.of(reader.recipe());
    }

    /**
     * The payload a run merges into {@value ConfigFiles#PROJECT_FILE_NAME} to record {@code recipe}:
     * {@link #COMMENT}, then the {@code [recipe]} table with {@code languages}, {@code tools} and
     * {@code presets} (written when empty too, so that every switch is visible), {@code modules} when
     * there are any, and a {@code [recipe.options]} table when there are options.
     */
    public static String render(Recipe recipe) {
        StringBuilder out = new StringBuilder();
        out.append(COMMENT).append('\n');
        out.append('[').append(TABLE).append("]\n");
        out.append(LANGUAGES).append(" = ").append(array(recipe.languages())).append('\n');
        out.append(TOOLS).append(" = ").append(array(recipe.tools())).append('\n');
        out.append(PRESETS).append(" = ").append(array(recipe.presets())).append('\n');
        if (!recipe.modules().isEmpty()) {
            out.append(MODULES).append(" = ").append(array(recipe.modules())).append('\n');
        }
        if (!recipe.options().isEmpty()) {
            out.append('[').append(TABLE).append('.').append(OPTIONS).append("]\n");
            recipe.options().forEach((name, value) -> out.append(name).append(" = ").append(string(value)).append('\n'));
        }
        return out.toString();
    }

    /** Reads one {@code [recipe]} table, key by key. */
    private static final class Reader {

        private final String source;
        private final TomlTable table;

        Reader(String source, TomlTable table) {
            this.source = source;
            this.table = table;
        }

        Recipe recipe() {
            for (String key : table.keySet()) {
                if (!KEYS.contains(key)) {
                    throw refused(source, table.inputPositionOf(List.of(key)), "unknown key recipe." + Toml.joinKeyPath(List.of(key))
                            + " in [recipe]", "[recipe] knows the keys " + quoted(KEYS) + "; check the key's spelling.");
                }
            }
            List<String> languages = ids(LANGUAGES, Recipe.LANGUAGES, "language");
            List<String> tools = ids(TOOLS, Recipe.TOOLS, "tool");
            List<String> presets = ids(PRESETS, Recipe.PRESETS, "preset");
            List<String> modules = moduleIds();
            Map<String, String> options = options();
            return new Recipe(languages, tools, presets, modules, options);
        }

        private List<String> ids(String key, List<String> known, String kind) {
            List<String> ids = new ArrayList<>();
            TomlArray array = array(key);
            for (int i = 0; i < array.size(); i++) {
                String id = element(array, key, i);
                if (!known.contains(id)) {
                    throw refused(source, array.inputPositionOf(i), "recipe." + key + " holds " + string(id)
                            + ", which is not a " + kind + " Protostar knows",
                            "The " + kind + "s are " + quoted(known) + "; correct or remove that entry in " + source
                                    + ".");
                }
                ids.add(id);
            }
            return ids;
        }

        private List<String> moduleIds() {
            List<String> ids = new ArrayList<>();
            TomlArray array = array(MODULES);
            for (int i = 0; i < array.size(); i++) {
                String id = element(array, MODULES, i);
                try {
                    new Recipe(List.of(), List.of(), List.of(), List.of(id), Map.of());
                } catch (IllegalArgumentException e) {
                    throw refused(source, array.inputPositionOf(i), "recipe." + MODULES + " holds " + string(id)
                            + ", which cannot be listed there: " + stripPeriod(e.getMessage()),
                            "List the id of a module registered for ServiceLoader; built-in languages, tools and"
                                    + " presets have keys of their own in [recipe].");
                }
                ids.add(id);
            }
            return ids;
        }

        private Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            if (!table.contains(OPTIONS)) {
                return options;
            }
            Object value = table.get(OPTIONS);
            if (!(value instanceof TomlTable optionTable)) {
                throw refused(source, table.inputPositionOf(OPTIONS), "recipe.options must be a table, not "
                        + describe(value), "Write the options as a [recipe.options] table of strings, such as"
                        + " python_package_manager = \"uv\".");
            }
            for (String name : optionTable.keySet()) {
                Object option = optionTable.get(List.of(name));
                TomlPosition at = optionTable.inputPositionOf(List.of(name));
                String key = "recipe.options." + Toml.joinKeyPath(List.of(name));
                if (!Recipe.OPTIONS.contains(name)) {
                    throw refused(source, at, "unknown option " + key, "The options are " + quoted(Recipe.OPTIONS)
                            + "; check the option's spelling.");
                }
                if (!(option instanceof String text)) {
                    throw refused(source, at, key + " must be a string, not " + describe(option),
                            "Write the value in quotes, such as " + name + " = \"" + example(name) + "\".");
                }
                Optional<String> problem = Recipe.optionProblem(name, text);
                if (problem.isPresent()) {
                    throw refused(source, at, key + " = " + string(text) + " is " + problem.get(),
                            "Correct the value in " + source + ".");
                }
                options.put(name, text);
            }
            return options;
        }

        /** The array under {@code key}, empty when the key is absent. */
        private TomlArray array(String key) {
            if (!table.contains(key)) {
                return EMPTY;
            }
            Object value = table.get(List.of(key));
            if (!(value instanceof TomlArray array)) {
                throw refused(source, table.inputPositionOf(List.of(key)), "recipe." + key
                        + " must be an array of strings, not " + describe(value),
                        "Write it as a list such as " + key + " = [\"" + exampleId(key) + "\"], or [] for none.");
            }
            return array;
        }

        private String element(TomlArray array, String key, int index) {
            Object element = array.get(index);
            if (!(element instanceof String text)) {
                throw refused(source, array.inputPositionOf(index), "recipe." + key + " holds " + describe(element)
                        + ", which is not a string", "Write each entry in quotes, such as \"" + exampleId(key) + "\".");
            }
            return text;
        }
    }

    private static final TomlArray EMPTY = Toml.parse("a = []").getArray("a");

    private static ConfigurationException refused(String source, TomlPosition at, String problem, String hint) {
        return new ConfigurationException(source + (at == null ? "" : ":" + at.line()) + ": " + problem + ".",
                hint + " Then run Protostar again.");
    }

    private static String exampleId(String key) {
        return switch (key) {
            case LANGUAGES -> "python";
            case TOOLS -> "ruff";
            case PRESETS -> "scientific";
            default -> "my-module";
        };
    }

    private static String example(String option) {
        return switch (option) {
            case Recipe.PYTHON_PACKAGE_MANAGER -> "uv";
            case Recipe.PYTHON_VERSION -> "3.13";
            case Recipe.IDE -> "vscode";
            default -> "npm";
        };
    }

    private static String stripPeriod(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the string " + string(text);
        }
        if (value instanceof Boolean bool) {
            return "the boolean " + bool;
        }
        if (value instanceof Long number) {
            return "the integer " + number;
        }
        if (value instanceof Double number) {
            return "the float " + number;
        }
        if (value instanceof TomlArray) {
            return "an array";
        }
        if (value instanceof TomlTable) {
            return "a table";
        }
        return "a date or time";
    }

    private static String array(List<String> values) {
        return "[" + String.join(", ", values.stream().map(RecipeFile::string).toList()) + "]";
    }

    /** A TOML basic string: quotes and backslashes escaped, control characters as {@code \\uXXXX}. */
    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(RecipeFile::string).toList());
    }
}
