package dev.protostar.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.api.ConfigurationException;
import dev.protostar.api.Ide;
import dev.protostar.api.PresetSettings;
import dev.protostar.api.ProtostarConfig;
import dev.protostar.api.TaskPolicy;
import dev.protostar.core.format.toml.TomlReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * Checks the tree Jackson read from one configuration file, key by key, into a {@link
 * ConfigDocument}. An unknown key, a value of the wrong type and a value outside the allowed ones
 * each become a warning naming the file, the line (found with tomlj, only once a warning needs it),
 * the key and what to do, and the setting is left out. Only a list entry that breaks its {@link
 * ConfigEntryRule} fails, with a {@link ConfigurationException}: skipping it would change what the
 * run installs or creates; {@code [env] scrub} fails on any value that is not an array of patterns,
 * since skipping it would pass on variables meant to be kept, and {@code [env] task_timeout} on any
 * value that is not a duration, since skipping it would run tasks with a limit the user did not choose.
 * A project's {@code .protostar.toml} may also hold the {@code [recipe]} table, which is not
 * configuration: it is skipped here without a word and read by {@link RecipeFile}. One instance reads one file.
 */
final class ConfigReader {

    /** The tool toggles of {@code [env]}, in the order the template documents them. */
    static final List<String> TOOL_KEYS =
            List.of("ruff", "mypy", "pytest", "pre_commit", "direnv", "markdownlint", "docker");

    /** The preset ids {@code [presets.ID]} may name. */
    static final List<String> PRESET_IDS = List.of("scientific", "astro", "ml", "api", "cli", "dsp", "embedded");

    private static final List<String> ENV_KEYS = concat(concat(List.of("ide", "python_package_manager",
            "python_version", "node_package_manager", "latex_preset"), TOOL_KEYS), List.of("scrub", "task_timeout"));
    private static final List<String> PRESET_KEYS = List.of("dependencies", "directories", "ignores");
    private static final List<String> DEV_KEYS = List.of("extra_dependencies", "pyproject");

    private final String source;
    private final String text;
    private final List<String> warnings = new ArrayList<>();
    private Optional<TomlParseResult> positions;

    /**
     * @param source the file's name as shown in warnings
     * @param text the file's text without a byte order mark, used to find lines
     */
    ConfigReader(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** The warnings so far, in file order. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Reads the whole document (the root table). */
    ConfigDocument read(JsonNode root) {
        ConfigDocument.Env env = new ConfigDocument.Env(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), List.of(), Optional.empty());
        Map<String, PresetSettings> presets = Map.of();
        ConfigDocument.Dev dev = new ConfigDocument.Dev(List.of(), Optional.empty());
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            List<String> key = List.of(entry.getKey());
            JsonNode value = entry.getValue();
            switch (entry.getKey()) {
                case "env" -> {
                    if (table(key, value)) {
                        env = env(value);
                    }
                }
                case "presets" -> {
                    if (table(key, value)) {
                        presets = presets(value);
                    }
                }
                case "dev" -> {
                    if (table(key, value)) {
                        dev = dev(value);
                    }
                }
                case RecipeFile.TABLE -> {
                    if (!recipeAllowed()) {
                        warn(key, "[recipe] is read only from a project's " + ConfigFiles.PROJECT_FILE_NAME
                                + ", where runs record what the project is made of; here it is ignored. Move it"
                                + " to the project's " + ConfigFiles.PROJECT_FILE_NAME + " or remove it.");
                    }
                }
                default -> unknown(key, "the top level holds only the tables [env], [presets.ID] and [dev]"
                        + (recipeAllowed() ? ", and the project's [recipe]" : ""));
            }
        }
        return new ConfigDocument(env, presets, dev);
    }

    /**
     * Whether this file is a project's {@value ConfigFiles#PROJECT_FILE_NAME}, whose {@code [recipe]}
     * table is the project's recipe ({@link RecipeFile}), read on its own and not configuration.
     */
    private boolean recipeAllowed() {
        return source.equals(ConfigFiles.PROJECT_FILE_NAME) || source.endsWith("/" + ConfigFiles.PROJECT_FILE_NAME)
                || source.endsWith("\\" + ConfigFiles.PROJECT_FILE_NAME);
    }

    private ConfigDocument.Env env(JsonNode table) {
        Optional<Ide> ide = Optional.empty();
        Optional<String> pythonPackageManager = Optional.empty();
        Optional<String> pythonVersion = Optional.empty();
        Optional<String> nodePackageManager = Optional.empty();
        Optional<String> latexPreset = Optional.empty();
        Map<String, Boolean> tools = new LinkedHashMap<>();
        List<String> scrub = List.of();
        Optional<Duration> taskTimeout = Optional.empty();
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            String name = entry.getKey();
            List<String> key = List.of("env", name);
            JsonNode value = entry.getValue();
            switch (name) {
                case "ide" -> ide = oneOf(key, value, Arrays.stream(Ide.values()).map(Ide::configName).toList())
                        .flatMap(Ide::fromConfigName);
                case "python_package_manager" -> pythonPackageManager =
                        oneOf(key, value, List.copyOf(ProtostarConfig.PYTHON_PACKAGE_MANAGERS));
                case "python_version" -> pythonVersion = pythonVersion(key, value);
                case "node_package_manager" -> nodePackageManager =
                        oneOf(key, value, List.copyOf(ProtostarConfig.NODE_PACKAGE_MANAGERS));
                case "latex_preset" -> latexPreset =
                        oneOf(key, value, List.copyOf(ProtostarConfig.LATEX_PRESETS));
                case "scrub" -> scrub = scrub(key, value);
                case "task_timeout" -> taskTimeout = Optional.of(taskTimeout(key, value));
                default -> {
                    if (!TOOL_KEYS.contains(name)) {
                        unknown(key, "[env] knows " + String.join(", ", ENV_KEYS));
                    } else if (!value.isBoolean()) {
                        wrongType(key, value, "true or false");
                    } else {
                        tools.put(name.replace('_', '-'), value.booleanValue());
                    }
                }
            }
        }
        return new ConfigDocument.Env(ide, pythonPackageManager, pythonVersion, nodePackageManager, latexPreset,
                tools, scrub, taskTimeout);
    }

    /**
     * {@code [env] task_timeout}: a duration such as {@code "10m"}. A value that is not one stops
     * the run: skipping it would run every task with a limit the user did not choose.
     */
    private Duration taskTimeout(List<String> key, JsonNode value) {
        String problem;
        if (value.isTextual()) {
            try {
                return TaskPolicy.parseDuration(value.textValue());
            } catch (IllegalArgumentException e) {
                problem = "= " + e.getMessage();
            }
        } else {
            problem = "must be a string such as \"10m\", not " + describe(value);
        }
        throw new ConfigurationException(source + line(key).map(line -> ":" + line).orElse("") + ": "
                + Toml.joinKeyPath(key) + " " + problem + ".", "Write a duration in quotes: hours, minutes and"
                + " seconds such as \"90s\", \"10m\" or \"1h30m\" (at most \"24h\"). Fix the value in " + source
                + ", or run with --no-config to ignore configuration files.");
    }

    /**
     * {@code [env] scrub}: variables the user keeps from tools on purpose. Unlike other settings, a
     * value that is not an array of strings stops the run too: skipping it would pass on what was
     * meant to be kept.
     */
    private List<String> scrub(List<String> key, JsonNode value) {
        if (!value.isArray()) {
            throw invalidScrub(key, "must be an array of strings, such as [\"AWS_*\", \"GITHUB_TOKEN\"], not "
                    + describe(value));
        }
        List<String> patterns = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw invalidScrub(key, "holds " + describe(element) + ", which is not a string");
            }
            requireEntry(key, element.textValue(), ConfigEntryRule.ENVIRONMENT_PATTERN);
            patterns.add(element.textValue());
        }
        return List.copyOf(patterns);
    }

    private ConfigurationException invalidScrub(List<String> key, String problem) {
        return new ConfigurationException(source + line(key).map(line -> ":" + line).orElse("") + ": "
                + Toml.joinKeyPath(key) + " " + problem + ".", ConfigEntryRule.ENVIRONMENT_PATTERN.hint()
                + " Fix the value in " + source + ", or run with --no-config to ignore configuration files.");
    }

    private Map<String, PresetSettings> presets(JsonNode table) {
        Map<String, PresetSettings> presets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            List<String> key = List.of("presets", entry.getKey());
            if (!PRESET_IDS.contains(entry.getKey())) {
                unknown(key, "the presets are " + String.join(", ", PRESET_IDS));
            } else if (table(key, entry.getValue())) {
                presets.put(entry.getKey(), preset(key, entry.getValue()));
            }
        }
        return presets;
    }

    private PresetSettings preset(List<String> path, JsonNode table) {
        Optional<List<String>> dependencies = Optional.empty();
        Optional<List<String>> directories = Optional.empty();
        Optional<List<String>> ignores = Optional.empty();
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            List<String> key = concat(path, List.of(entry.getKey()));
            switch (entry.getKey()) {
                case "dependencies" -> dependencies = entries(key, entry.getValue(), ConfigEntryRule.PYTHON_REQUIREMENT);
                case "directories" -> directories = entries(key, entry.getValue(), ConfigEntryRule.FOLDER);
                case "ignores" -> ignores = entries(key, entry.getValue(), ConfigEntryRule.IGNORE_LINE);
                default -> unknown(key, "a preset table knows " + String.join(", ", PRESET_KEYS));
            }
        }
        return new PresetSettings(dependencies, directories, ignores);
    }

    private ConfigDocument.Dev dev(JsonNode table) {
        List<String> extras = List.of();
        Optional<String> payload = Optional.empty();
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            List<String> key = List.of("dev", entry.getKey());
            switch (entry.getKey()) {
                case "extra_dependencies" ->
                        extras = entries(key, entry.getValue(), ConfigEntryRule.PYTHON_REQUIREMENT).orElse(List.of());
                case "pyproject" -> {
                    if (table(key, entry.getValue()) && !entry.getValue().isEmpty()) {
                        payload = pyproject(key, entry.getValue());
                    }
                }
                default -> unknown(key, "[dev] knows " + String.join(", ", DEV_KEYS));
            }
        }
        return new ConfigDocument.Dev(extras, payload);
    }

    private Optional<String> pyproject(List<String> key, JsonNode table) {
        String payload = PyprojectTables.render(table);
        if (TomlReader.read(payload).isEmpty()) {
            // Jackson and tomlj disagree about this input; better to skip it than to break pyproject.toml.
            warn(key, Toml.joinKeyPath(key) + " cannot be rewritten as TOML for pyproject.toml; it is ignored."
                    + " Simplify the table (plain keys, tables and arrays).");
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    private Optional<String> pythonVersion(List<String> key, JsonNode value) {
        if (value.isNumber()) {
            warn(key, Toml.joinKeyPath(key) + " must be a string such as \"3.13\", not a number (3.10 as a number"
                    + " is 3.1); write it in quotes. The setting is ignored.");
            return Optional.empty();
        }
        if (!value.isTextual()) {
            wrongType(key, value, "a string such as \"3.13\"");
            return Optional.empty();
        }
        if (!ProtostarConfig.isPythonVersion(value.textValue())) {
            warn(key, Toml.joinKeyPath(key) + " = " + PyprojectTables.string(value.textValue())
                    + " is not of the form major.minor, such as \"3.13\"; the setting is ignored.");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /** A string among {@code allowed}, or a warning. */
    private Optional<String> oneOf(List<String> key, JsonNode value, List<String> allowed) {
        if (!value.isTextual()) {
            wrongType(key, value, "one of the strings " + quotedList(allowed));
            return Optional.empty();
        }
        if (!allowed.contains(value.textValue())) {
            warn(key, Toml.joinKeyPath(key) + " = " + PyprojectTables.string(value.textValue()) + " is not one of "
                    + quotedList(allowed) + "; the setting is ignored.");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /**
     * An array of non-blank strings each following {@code rule}; a warning when the value is not such
     * an array.
     *
     * @throws ConfigurationException naming the file, the line, the key and the value of the first
     *     entry that breaks {@code rule}: such a value would reach a command line, a path or an ignore
     *     file, so it stops the run instead of being skipped
     */
    private Optional<List<String>> entries(List<String> key, JsonNode value, ConfigEntryRule rule) {
        Optional<List<String>> items = strings(key, value);
        for (String item : items.orElse(List.of())) {
            requireEntry(key, item, rule);
        }
        return items;
    }

    /** @throws ConfigurationException naming the file, the line, the key and {@code item} when it breaks {@code rule} */
    private void requireEntry(List<String> key, String item, ConfigEntryRule rule) {
        Optional<String> problem = rule.problem(item);
        if (problem.isPresent()) {
            throw new ConfigurationException(source + line(key).map(line -> ":" + line).orElse("") + ": "
                    + Toml.joinKeyPath(key) + " holds " + PyprojectTables.string(item) + ", which is "
                    + problem.get() + ".", rule.hint() + " Fix or remove that entry in " + source
                    + ", or run with --no-config to ignore configuration files.");
        }
    }

    /** An array of non-blank strings, or a warning. */
    private Optional<List<String>> strings(List<String> key, JsonNode value) {
        List<String> items = new ArrayList<>();
        boolean valid = value.isArray();
        if (valid) {
            for (JsonNode element : value) {
                valid &= element.isTextual() && !element.textValue().isBlank();
                items.add(element.asText().strip());
            }
        }
        if (!valid) {
            wrongType(key, value, "an array of non-blank strings, such as [\"numpy\"]");
            return Optional.empty();
        }
        return Optional.of(List.copyOf(items));
    }

    private boolean table(List<String> key, JsonNode value) {
        if (value.isObject()) {
            return true;
        }
        wrongType(key, value, "a table");
        return false;
    }

    private void unknown(List<String> key, String known) {
        warn(key, "unknown key " + Toml.joinKeyPath(key) + " is ignored (" + known
                + "); check its spelling and its table.");
    }

    private void wrongType(List<String> key, JsonNode value, String expected) {
        warn(key, Toml.joinKeyPath(key) + " must be " + expected + ", not " + describe(value)
                + "; the setting is ignored.");
    }

    private void warn(List<String> key, String message) {
        warnings.add(source + line(key).map(line -> ":" + line).orElse("") + ": " + message);
    }

    /** The line where {@code key} is defined, from tomlj, parsed once and only when a warning needs it. */
    private Optional<Integer> line(List<String> key) {
        if (positions == null) {
            positions = TomlReader.read(text);
        }
        return positions.map(document -> document.inputPositionOf(Toml.joinKeyPath(key))).map(TomlPosition::line);
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string " + PyprojectTables.string(value.textValue());
        }
        if (value.isBoolean()) {
            return "the boolean " + value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return "the integer " + value.asText();
        }
        if (value.isNumber()) {
            return "the float " + value.asText();
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isObject() ? "a table" : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String quotedList(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
