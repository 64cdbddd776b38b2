package dev.protostar.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * User settings for every run: what the global {@code config.toml} and a project's {@code
 * .protostar.toml} hold, as a value. Hosts that embed Protostar build one with {@link #builder()}
 * and never depend on a home directory; the command-line tool reads it from files.
 *
 * <p>Every setting is optional: an empty value means "use the built-in default", and an explicit
 * choice of the caller (a builder method, a command-line flag) always wins over the configuration.
 *
 * @param ide the editor to write settings for; empty for the default, {@link Ide#VSCODE}
 * @param pythonPackageManager {@code "uv"} or {@code "pip"}; empty for uv
 * @param pythonVersion the Python version as {@code major.minor}; empty for the package manager's default
 * @param nodePackageManager {@code "npm"}, {@code "pnpm"} or {@code "yarn"}; empty for npm
 * @param latexPreset the package set of generated LaTeX documents: {@code "minimal"}, {@code
 *     "science"}, {@code "lab-report"} or {@code "academic"}; empty for minimal
 * @param tools tool toggles by module id ({@code "ruff"}, {@code "pre-commit"}...), in the order given
 * @param presets replacements for presets' defaults, by preset id ({@code "astro"}...)
 * @param extraDevDependencies development dependencies added to every Python project, after the modules'
 * @param pyprojectPayloads TOML documents merged into {@code pyproject.toml} after every module's, in order
 * @param envScrub patterns of environment variables kept from the programs Protostar runs ({@code
 *     [env] scrub}): names such as {@code "GITHUB_TOKEN"} or prefixes such as {@code "AWS_*"}; see
 *     {@link ChildEnvironment}
 * @param taskTimeout the time limit of every system task ({@code [env] task_timeout}, such as {@code
 *     "10m"}); empty to keep each task's own (see {@link TaskPolicy})
 */
public record ProtostarConfig(
        Optional<Ide> ide,
        Optional<String> pythonPackageManager,
        Optional<String> pythonVersion,
        Optional<String> nodePackageManager,
        Optional<String> latexPreset,
        Map<String, Boolean> tools,
        Map<String, PresetSettings> presets,
        List<String> extraDevDependencies,
        List<String> pyprojectPayloads,
        List<String> envScrub,
        Optional<Duration> taskTimeout) {

    /**
     * A configuration without a task timeout: each task keeps its own time limit.
     *
     * @throws IllegalArgumentException naming the setting when a value is not one of those allowed
     */
    public ProtostarConfig(Optional<Ide> ide, Optional<String> pythonPackageManager, Optional<String> pythonVersion,
            Optional<String> nodePackageManager, Optional<String> latexPreset, Map<String, Boolean> tools,
            Map<String, PresetSettings> presets, List<String> extraDevDependencies, List<String> pyprojectPayloads,
            List<String> envScrub) {
        this(ide, pythonPackageManager, pythonVersion, nodePackageManager, latexPreset, tools, presets,
                extraDevDependencies, pyprojectPayloads, envScrub, Optional.empty());
    }

    /** The values {@link #pythonPackageManager()} may take, the default first. */
    public static final Set<String> PYTHON_PACKAGE_MANAGERS = orderedSet("uv", "pip");

    /** The values {@link #nodePackageManager()} may take, the default first. */
    public static final Set<String> NODE_PACKAGE_MANAGERS = orderedSet("npm", "pnpm", "yarn");

    /** The values {@link #latexPreset()} may take, the default first. */
    public static final Set<String> LATEX_PRESETS = orderedSet("minimal", "science", "lab-report", "academic");

    private static final Pattern PYTHON_VERSION = Pattern.compile("[0-9]+\\.[0-9]+");

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException naming the setting when a value is not one of those allowed
     */
    public ProtostarConfig {
        Objects.requireNonNull(ide, "ide");
        requireOneOf("python_package_manager", pythonPackageManager, PYTHON_PACKAGE_MANAGERS);
        requireOneOf("node_package_manager", nodePackageManager, NODE_PACKAGE_MANAGERS);
        requireOneOf("latex_preset", latexPreset, LATEX_PRESETS);
        Objects.requireNonNull(pythonVersion, "pythonVersion").ifPresent(version -> {
            if (!isPythonVersion(version)) {
                throw new IllegalArgumentException(
                        "python_version \"" + version + "\" is not of the form major.minor, such as 3.13");
            }
        });
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        presets = Collections.unmodifiableMap(new LinkedHashMap<>(presets));
        extraDevDependencies = List.copyOf(extraDevDependencies);
        pyprojectPayloads = List.copyOf(pyprojectPayloads);
        for (String pattern : Objects.requireNonNull(envScrub, "envScrub")) {
            if (!ChildEnvironment.isPattern(pattern)) {
                throw new IllegalArgumentException("env.scrub " + ChildEnvironment.describeInvalid(pattern));
            }
        }
        envScrub = List.copyOf(new LinkedHashSet<>(envScrub));
        Objects.requireNonNull(taskTimeout, "taskTimeout").ifPresent(timeout -> {
            try {
                new TaskPolicy(Optional.of(timeout), false);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("env.task_timeout: " + e.getMessage(), e);
            }
        });
    }

    /** What the programs a run starts receive of its environment: everything but {@link #envScrub()}. */
    public ChildEnvironment childEnvironment() {
        return ChildEnvironment.inherited().scrubbing(envScrub);
    }

    private static Set<String> orderedSet(String... values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
    }

    /** Whether {@code value} is a Python version of the form {@code major.minor}, such as {@code "3.13"}. */
    public static boolean isPythonVersion(String value) {
        return PYTHON_VERSION.matcher(value).matches();
    }

    private static void requireOneOf(String key, Optional<String> value, Set<String> allowed) {
        Objects.requireNonNull(value, key).ifPresent(v -> {
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException(
                        key + " \"" + v + "\" is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
    }

    /** A configuration that sets nothing: every run uses the built-in defaults. */
    public static ProtostarConfig empty() {
        return builder().build();
    }

    /** A builder that starts from {@link #empty()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The toggle for the tool with this module id, when the configuration sets one. */
    public Optional<Boolean> tool(String moduleId) {
        return Optional.ofNullable(tools.get(moduleId));
    }

    /** The replacement settings for the preset with this id; {@link PresetSettings#defaults()} when there are none. */
    public PresetSettings preset(String presetId) {
        return presets.getOrDefault(presetId, PresetSettings.defaults());
    }

    /**
     * This configuration with {@code other} laid over it, as a project's {@code .protostar.toml} is
     * laid over the global file: every setting {@code other} makes wins, a preset's lists are
     * replaced one by one, extra dependencies are added to this one's (without repeats), and its
     * {@code pyproject.toml} payloads are merged after this one's. Scrub patterns are added to this
     * one's: a project can keep more variables from its tools, never fewer. Its task timeout, when
     * it sets one, replaces this one's.
     */
    public ProtostarConfig overriddenBy(ProtostarConfig other) {
        Map<String, Boolean> mergedTools = new LinkedHashMap<>(tools);
        mergedTools.putAll(other.tools);
        Map<String, PresetSettings> mergedPresets = new LinkedHashMap<>(presets);
        other.presets.forEach((id, settings) -> mergedPresets.merge(id, settings, PresetSettings::overriddenBy));
        Set<String> mergedExtras = new LinkedHashSet<>(extraDevDependencies);
        mergedExtras.addAll(other.extraDevDependencies);
        List<String> mergedPayloads = new ArrayList<>(pyprojectPayloads);
        mergedPayloads.addAll(other.pyprojectPayloads);
        List<String> mergedScrub = new ArrayList<>(envScrub);
        mergedScrub.addAll(other.envScrub);
        return new ProtostarConfig(
                other.ide.or(() -> ide),
                other.pythonPackageManager.or(() -> pythonPackageManager),
                other.pythonVersion.or(() -> pythonVersion),
                other.nodePackageManager.or(() -> nodePackageManager),
                other.latexPreset.or(() -> latexPreset),
                mergedTools,
                mergedPresets,
                List.copyOf(mergedExtras),
                mergedPayloads,
                mergedScrub,
                other.taskTimeout.or(() -> taskTimeout));
    }

    /** Builds a {@link ProtostarConfig} setting by setting. */
    public static final class Builder {

        private Ide ide;
        private String pythonPackageManager;
        private String pythonVersion;
        private String nodePackageManager;
        private String latexPreset;
        private final Map<String, Boolean> tools = new LinkedHashMap<>();
        private final Map<String, PresetSettings> presets = new LinkedHashMap<>();
        private final List<String> extraDevDependencies = new ArrayList<>();
        private final List<String> pyprojectPayloads = new ArrayList<>();
        private final List<String> envScrub = new ArrayList<>();
        private Duration taskTimeout;

        private Builder() {}

        /** Sets the editor to write settings for. */
        public Builder ide(Ide value) {
            this.ide = Objects.requireNonNull(value, "ide");
            return this;
        }

        /** Sets the Python package manager: {@code "uv"} or {@code "pip"}. */
        public Builder pythonPackageManager(String value) {
            this.pythonPackageManager = Objects.requireNonNull(value, "pythonPackageManager");
            return this;
        }

        /** Sets the Python version, as {@code major.minor}. */
        public Builder pythonVersion(String value) {
            this.pythonVersion = Objects.requireNonNull(value, "pythonVersion");
            return this;
        }

        /** Sets the Node package manager: {@code "npm"}, {@code "pnpm"} or {@code "yarn"}. */
        public Builder nodePackageManager(String value) {
            this.nodePackageManager = Objects.requireNonNull(value, "nodePackageManager");
            return this;
        }

        /** Sets the package set of generated LaTeX documents. */
        public Builder latexPreset(String value) {
            this.latexPreset = Objects.requireNonNull(value, "latexPreset");
            return this;
        }

        /** Switches the tool with this module id ({@code "mypy"}, {@code "pre-commit"}...) on or off. */
        public Builder tool(String moduleId, boolean on) {
            tools.put(Objects.requireNonNull(moduleId, "moduleId"), on);
            return this;
        }

        /** Replaces parts of the defaults of the preset with this id. */
        public Builder preset(String presetId, PresetSettings settings) {
            presets.put(Objects.requireNonNull(presetId, "presetId"), Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** Adds development dependencies for every Python project. */
        public Builder extraDevDependency(String... names) {
            extraDevDependencies.addAll(List.of(names));
            return this;
        }

        /** Adds a TOML document to merge into {@code pyproject.toml} after every module's. */
        public Builder pyprojectPayload(String toml) {
            pyprojectPayloads.add(Objects.requireNonNull(toml, "toml"));
            return this;
        }

        /**
         * Keeps the environment variables matching {@code patterns} (names, or prefixes followed by
         * {@code *}) from the programs a run starts.
         */
        public Builder envScrub(String... patterns) {
            for (String pattern : patterns) {
                envScrub.add(Objects.requireNonNull(pattern, "pattern"));
            }
            return this;
        }

        /** Sets the time limit of every system task (see {@link TaskPolicy}). */
        public Builder taskTimeout(Duration value) {
            this.taskTimeout = Objects.requireNonNull(value, "taskTimeout");
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException naming the setting when a value is not one of those allowed
         */
        public ProtostarConfig build() {
            return new ProtostarConfig(Optional.ofNullable(ide), Optional.ofNullable(pythonPackageManager),
                    Optional.ofNullable(pythonVersion), Optional.ofNullable(nodePackageManager),
                    Optional.ofNullable(latexPreset), tools, presets, extraDevDependencies, pyprojectPayloads,
                    envScrub, Optional.ofNullable(taskTimeout));
        }
    }
}
