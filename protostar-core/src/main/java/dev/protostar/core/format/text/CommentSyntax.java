package dev.protostar.core.format.text;

import dev.protostar.api.WorkspacePath;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-comment style a plain file's region markers are written in: {@code # region: protostar
 * <tag>} in shell, ini, YAML and most configuration files, {@code // region: protostar <tag>} in
 * C-family sources, and {@code <!-- region: protostar <tag> -->} in Markdown, HTML and XML.
 */
public enum CommentSyntax {
    /** {@code # region: protostar <tag>}: shell scripts, {@code .envrc}, ini, TOML, YAML, Makefiles. */
    HASH("# ", ""),
    /** {@code // region: protostar <tag>}: JavaScript, TypeScript, JSONC, C, C++, Java, Kotlin, Go, Rust. */
    SLASHES("// ", ""),
    /** {@code <!-- region: protostar <tag> -->}: Markdown, HTML, XML. */
    HTML("<!-- ", " -->");

    private static final String TAG = "[A-Za-z0-9._-]+";
    private static final Set<String> HTML_EXTENSIONS = Set.of("md", "markdown", "html", "htm", "xml");
    private static final Set<String> SLASHES_EXTENSIONS = Set.of(
            "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "jsonc",
            "c", "cc", "cpp", "cxx", "h", "hh", "hpp", "java", "kt", "kts", "go", "rs", "swift");

    private final String opener;
    private final String closer;
    private final Pattern marker;

    CommentSyntax(String opener, String closer) {
        this.opener = opener;
        this.closer = closer;
        // Tolerant on whitespace only: indentation, spacing after the opener and around the words.
        this.marker = Pattern.compile("[ \\t]*" + Pattern.quote(opener.strip()) + "[ \\t]*(end)?region:[ \\t]*protostar"
                + "[ \\t]+(" + TAG + ")[ \\t]*" + (closer.isEmpty() ? "" : Pattern.quote(closer.strip()) + "[ \\t]*"));
    }

    /**
     * The syntax for a file, chosen from its name: Markdown, HTML and XML files ({@code .md},
     * {@code .markdown}, {@code .html}, {@code .htm}, {@code .xml}) use {@link #HTML}; C-family
     * sources ({@code .js}, {@code .ts}, {@code .jsonc}, {@code .c}, {@code .cc}, {@code .cpp},
     * {@code .h}, {@code .hpp}, {@code .java}, {@code .kt}, {@code .go}, {@code .rs}, {@code
     * .swift} and close relatives such as {@code .mjs} or {@code .tsx}) use {@link #SLASHES};
     * everything else, including {@code .envrc}, shell and ini files, TOML, YAML, {@code .env*},
     * {@code Dockerfile}, {@code Makefile}, ignore files and unknown names, uses {@link #HASH}.
     * The extension is compared without regard to case.
     */
    public static CommentSyntax forFile(WorkspacePath path) {
        Objects.requireNonNull(path, "path");
        String name = path.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        // A leading dot starts a hidden name (".envrc"), not an extension.
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        if (HTML_EXTENSIONS.contains(extension)) {
            return HTML;
        }
        if (SLASHES_EXTENSIONS.contains(extension)) {
            return SLASHES;
        }
        return HASH;
    }

    /** The comment opener without spaces: {@code #}, {@code //} or {@code <!--}. */
    String openerToken() {
        return opener.strip();
    }

    /** The canonical start marker line for {@code tag}, without line break. */
    String startMarker(String tag) {
        return opener + "region: protostar " + tag + closer;
    }

    /** The canonical end marker line for {@code tag}, without line break. */
    String endMarker(String tag) {
        return opener + "endregion: protostar " + tag + closer;
    }

    /** The marker {@code line} (without its line break) is, if it is one in this syntax. */
    Optional<RegionMarker> parse(String line) {
        Matcher m = marker.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegionMarker(m.group(1) == null, m.group(2)));
    }

    /** A start or end marker as found in a file. */
    record RegionMarker(boolean start, String tag) {
    }
}
