package dev.protostar.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a project is made of: the languages it uses, the tools switched on, the presets, the further
 * modules and the options that change what a run writes. It is the {@code [recipe]} table of the
 * project's {@code .protostar.toml}, which every run that selects a language records and which a
 * person edits to change the project.
 *
 * <p>Every tool is a switch: a tool of {@link #TOOLS} that {@link #tools()} does not list is off.
 * Settings that are lists rather than choices (a preset's dependencies, {@code [dev]} extras) stay in
 * the configuration and are not part of the recipe.
 *
 * <p>A recipe is canonical, so two recipes that mean the same are {@linkplain #equals equal}:
 * languages, tools and presets are kept in registry order (the order of {@link #LANGUAGES}, {@link
 * #TOOLS}, {@link #PRESETS}) whatever order they were given in, further modules in the order given,
 * options sorted by name, and repeated ids collapse to one.
 *
 * @param languages the built-in languages, ids from {@link #LANGUAGES}, in that order
 * @param tools the built-in tools switched on, ids from {@link #TOOLS}, in that order
 * @param presets the built-in presets, ids from {@link #PRESETS}, in that order
 * @param modules ids of further modules registered for {@link java.util.ServiceLoader} (such as a
 *     plugin's own language), in the order given; never a built-in language, tool or preset id
 * @param options the options by name ({@link #OPTIONS}), sorted by name; an option whose language is
 *     not selected is kept and has no effect
 */
public record Recipe(List<String> languages, List<String> tools, List<String> presets, List<String> modules,
        Map<String, String> options) {

    /** The built-in languages' ids, in registry order. */
    public static final List<String> LANGUAGES = List.of("python", "rust", "node", "cpp", "latex");

    /** The built-in tools' ids, in registry order. */
    public static final List<String> TOOLS =
            List.of("ruff", "mypy", "pytest", "pre-commit", "direnv", "markdownlint", "docker");

    /** The built-in presets' ids, in registry order. */
    public static final List<String> PRESETS = List.of("scientific", "astro", "ml", "api", "cli", "dsp", "embedded");

    /** Option: the Python package manager, {@code "uv"} or {@code "pip"}; absent means uv. */
    public static final String PYTHON_PACKAGE_MANAGER = "python_package_manager";

    /**
     * Option: the Python version as {@code major.minor}; absent means the package manager's default
     * (uv's built-in version, pip's {@code python3}).
     */
    public static final String PYTHON_VERSION = "python_version";

    /** Option: the editor a Python project is set up for, an {@link Ide#configName()}; absent means VS Code. */
    public static final String IDE = "ide";

    /** Option: the Node package manager, {@code "npm"}, {@code "pnpm"} or {@code "yarn"}; absent means npm. */
    public static final String NODE_PACKAGE_MANAGER = "node_package_manager";

    /** Every option name, sorted. */
    public static final List<String> OPTIONS = List.of(IDE, NODE_PACKAGE_MANAGER, PYTHON_PACKAGE_MANAGER, PYTHON_VERSION);

    private static final Pattern MODULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Validates the fields and puts them in canonical order.
     *
     * @throws IllegalArgumentException naming the field, the value and the known values when a
     *     language, tool or preset id is not a built-in one, a module id is a built-in id or not an
     *     id of letters, digits, '.', '_' and '-', an option name is unknown, or an option's value is not one it may take
     * @throws NullPointerException when a field or an element is null
     */
    public Recipe {
        languages = known("languages", languages, LANGUAGES);
        tools = known("tools", tools, TOOLS);
        presets = known("presets", presets, PRESETS);
        modules = moduleIds(modules);
        options = checkedOptions(options);
    }

    /** A recipe with nothing selected: no language, every tool off, no preset, no module, no option. */
    public static Recipe empty() {
        return new Recipe(List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** The value of option {@code name}, when the recipe sets it. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(Objects.requireNonNull(name, "name")));
    }

    /** Whether the tool {@code id} is switched on. */
    public boolean isOn(String toolId) {
        return tools.contains(Objects.requireNonNull(toolId, "toolId"));
    }

    /**
     * Why {@code value} cannot be the value of option {@code name}, or empty when it can: the
     * problem as a phrase such as {@code "not one of \"uv\", \"pip\""}.
     */
    public static Optional<String> optionProblem(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        switch (name) {
            case PYTHON_PACKAGE_MANAGER:
                return oneOf(value, ProtostarConfig.PYTHON_PACKAGE_MANAGERS);
            case NODE_PACKAGE_MANAGER:
                return oneOf(value, ProtostarConfig.NODE_PACKAGE_MANAGERS);
            case IDE:
                List<String> editors = new ArrayList<>();
                for (Ide ide : Ide.values()) {
                    editors.add(ide.configName());
                }
                return oneOf(value, editors);
            case PYTHON_VERSION:
                return ProtostarConfig.isPythonVersion(value) ? Optional.empty()
                        : Optional.of("not of the form major.minor, such as \"3.13\"");
            default:
                return Optional.of("not an option; the options are " + quoted(OPTIONS));
        }
    }

    private static Optional<String> oneOf(String value, java.util.Collection<String> allowed) {
        return allowed.contains(value) ? Optional.empty() : Optional.of("not one of " + quoted(allowed));
    }

    private static List<String> known(String field, List<String> ids, List<String> known) {
        Set<String> given = new LinkedHashSet<>();
        for (String id : Objects.requireNonNull(ids, field)) {
            given.add(Objects.requireNonNull(id, field + " holds null"));
        }
        for (String id : given) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException(field + " holds \"" + id + "\", which is not one of "
                        + quoted(known) + ".");
            }
        }
        return known.stream().filter(given::contains).toList();
    }

    private static List<String> moduleIds(List<String> ids) {
        Set<String> given = new LinkedHashSet<>();
        for (String id : Objects.requireNonNull(ids, "modules")) {
            Objects.requireNonNull(id, "modules holds null");
            String builtIn = LANGUAGES.contains(id) ? "languages" : TOOLS.contains(id) ? "tools"
                    : PRESETS.contains(id) ? "presets" : null;
            if (builtIn != null) {
                throw new IllegalArgumentException("modules holds \"" + id + "\", a built-in id: list it under "
                        + builtIn + " instead.");
            }
            if (!MODULE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("modules holds \"" + id + "\", which is not a module id (letters,"
                        + " digits, '.', '_' and '-', starting with a letter or digit).");
            }
            given.add(id);
        }
        return List.copyOf(given);
    }

    private static Map<String, String> checkedOptions(Map<String, String> options) {
        TreeMap<String, String> sorted = new TreeMap<>();
        Objects.requireNonNull(options, "options").forEach((name, value) -> {
            Objects.requireNonNull(name, "options holds a null name");
            Objects.requireNonNull(value, "options holds a null value for " + name);
            optionProblem(name, value).ifPresent(problem -> {
                throw new IllegalArgumentException("options." + name + " = \"" + value + "\" is " + problem + ".");
            });
            sorted.put(name, value);
        });
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static String quoted(java.util.Collection<String> values) {
        return String.join(", ", values.stream().map(value -> "\"" + value + "\"").toList());
    }
}
