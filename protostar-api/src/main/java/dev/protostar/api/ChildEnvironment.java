package dev.protostar.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which environment variables the programs Protostar runs ({@code git}, {@code uv}, {@code cargo},
 * {@code npm}, {@code direnv}, {@code pre-commit}...) receive, for users who want secrets kept from
 * them. Applied by the built-in runner of real processes to the environment it was given.
 *
 * <ul>
 *   <li>Always removed: {@link #ALWAYS_REMOVED} ({@code VIRTUAL_ENV}, {@code PYTHONHOME}, {@code
 *       GIT_DIR}, {@code GIT_WORK_TREE}, {@code GIT_INDEX_FILE}), which would point {@code uv} or
 *       {@code git} somewhere else than the workspace.
 *   <li>{@link #inherited()} (the default): every other variable is passed on.
 *   <li>{@link #clean()}: only the variables {@link #CLEAN_ALLOWED} names are passed on: what a
 *       program needs to run and to find its own configuration and caches. Credentials in
 *       variables ({@code UV_INDEX_URL} with a password, {@code GITHUB_TOKEN}, {@code
 *       AWS_SECRET_ACCESS_KEY}, {@code HTTPS_PROXY} with a password...) do not reach the programs;
 *       put what they need in their own configuration files instead.
 *   <li>{@link #scrubbing(Collection)}: variables matching these patterns are removed too (after
 *       the allow-list, so a pattern also removes an allowed variable). A pattern is a variable name
 *       ({@code GITHUB_TOKEN}) or a prefix followed by {@code *} ({@code AWS_*}); see {@link
 *       #isPattern(String)}. Names are compared case-sensitively.
 * </ul>
 *
 * @param allowListOnly whether only {@link #CLEAN_ALLOWED} variables are passed on
 * @param scrub the patterns of variables removed, in the order given, without repeats
 */
public record ChildEnvironment(boolean allowListOnly, List<String> scrub) {

    /** Variables never passed on: they would redirect Python and git tools away from the workspace. */
    public static final Set<String> ALWAYS_REMOVED = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("VIRTUAL_ENV", "PYTHONHOME", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")));

    /**
     * The variables (names and {@code PREFIX*} patterns) a {@link #clean()} environment keeps: the
     * basics every program expects ({@code PATH}, {@code HOME}, {@code USER}, {@code LOGNAME}, {@code
     * SHELL}, {@code TERM}, {@code TMPDIR}, {@code TZ}, {@code LANG}, {@code LC_*}), where programs find
     * configuration and caches ({@code XDG_*}; uv's {@code UV_CACHE_DIR}, {@code UV_CONFIG_FILE},
     * {@code UV_PYTHON_INSTALL_DIR}, {@code UV_TOOL_DIR}; Rust's {@code CARGO_HOME}, {@code
     * RUSTUP_HOME}; npm's {@code NPM_CONFIG_USERCONFIG}, {@code NPM_CONFIG_CACHE}, pnpm's {@code
     * PNPM_HOME}, {@code COREPACK_HOME}; pre-commit's {@code PRE_COMMIT_HOME}), and the certificate
     * locations {@code SSL_CERT_FILE} and {@code SSL_CERT_DIR}. Deliberately not {@code UV_*}, {@code
     * npm_config_*}, {@code GIT_*} or the proxy variables as a whole: {@code UV_INDEX_URL}, {@code
     * UV_PUBLISH_TOKEN}, {@code npm_config__authToken} and {@code HTTPS_PROXY} can carry credentials.
     */
    public static final List<String> CLEAN_ALLOWED = List.of(
            "PATH", "HOME", "USER", "LOGNAME", "SHELL", "TERM", "TMPDIR", "TZ", "LANG", "LC_*",
            "XDG_*",
            "UV_CACHE_DIR", "UV_CONFIG_FILE", "UV_PYTHON_INSTALL_DIR", "UV_TOOL_DIR",
            "CARGO_HOME", "RUSTUP_HOME",
            "NPM_CONFIG_USERCONFIG", "NPM_CONFIG_CACHE", "PNPM_HOME", "COREPACK_HOME",
            "PRE_COMMIT_HOME",
            "SSL_CERT_FILE", "SSL_CERT_DIR");

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\*?");

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException naming the pattern when one is not a pattern (see {@link #isPattern})
     */
    public ChildEnvironment {
        Objects.requireNonNull(scrub, "scrub");
        for (String pattern : scrub) {
            if (!isPattern(pattern)) {
                throw new IllegalArgumentException(describeInvalid(pattern));
            }
        }
        scrub = List.copyOf(new LinkedHashSet<>(scrub));
    }

    /** Every variable of the given environment except {@link #ALWAYS_REMOVED}: the default. */
    public static ChildEnvironment inherited() {
        return new ChildEnvironment(false, List.of());
    }

    /** Only the variables {@link #CLEAN_ALLOWED} names (never {@link #ALWAYS_REMOVED}). */
    public static ChildEnvironment clean() {
        return new ChildEnvironment(true, List.of());
    }

    /**
     * This environment with the variables matching {@code patterns} removed too.
     *
     * @throws IllegalArgumentException naming the pattern when one is not a pattern (see {@link #isPattern})
     */
    public ChildEnvironment scrubbing(Collection<String> patterns) {
        List<String> all = new ArrayList<>(scrub);
        all.addAll(patterns);
        return new ChildEnvironment(allowListOnly, all);
    }

    /** This environment, clean when either is, removing what either removes. */
    public ChildEnvironment and(ChildEnvironment other) {
        return new ChildEnvironment(allowListOnly || other.allowListOnly, List.of()).scrubbing(scrub).scrubbing(other.scrub);
    }

    /**
     * Whether {@code value} is a scrub pattern: a variable name (a letter or {@code _}, then letters,
     * digits and {@code _}), optionally followed by one {@code *} that matches any rest of the name.
     * A bare {@code *} is not one: use {@link #clean()} to pass on only what programs need.
     */
    public static boolean isPattern(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** Why {@code value} is not a pattern, for messages. */
    public static String describeInvalid(String value) {
        return "\"" + value + "\" is not a variable name or a prefix followed by * (such as GITHUB_TOKEN or AWS_*)";
    }

    /** Whether {@code name} matches {@code pattern} (a name, or a prefix followed by {@code *}). */
    public static boolean matches(String pattern, String name) {
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern);
    }

    /** The variables a child gets when the runner was given {@code given}, in {@code given}'s order. */
    public Map<String, String> applyTo(Map<String, String> given) {
        Map<String, String> child = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (!ALWAYS_REMOVED.contains(name)
                    && (!allowListOnly || CLEAN_ALLOWED.stream().anyMatch(allowed -> matches(allowed, name)))
                    && scrub.stream().noneMatch(pattern -> matches(pattern, name))) {
                child.put(name, value);
            }
        });
        return Collections.unmodifiableMap(child);
    }
}
