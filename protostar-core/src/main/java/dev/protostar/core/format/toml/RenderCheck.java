package dev.protostar.core.format.toml;

import org.tomlj.TomlTable;
import org.tomlj.TomlWriteOptions;

/**
 * Asks tomlj whether a document can still be written for its TOML version. tomlj refuses (with an
 * {@link IllegalArgumentException}) to write TOML 1.0 whose inline table would need a comment or a
 * line break; the merge then retries that one insertion with a {@link PlainCopy}. Rendering costs a
 * full serialisation, so a merge first runs with {@link #NONE} and renders once; only when that
 * rendering is refused does it run again with an active check, which renders after each insertion.
 */
final class RenderCheck {

    /** A check that never renders: every insertion is taken as it is. */
    static final RenderCheck NONE = new RenderCheck(null, null, false);

    private final TomlTable document;
    private final TomlWriteOptions options;
    private final boolean active;

    /**
     * @param document the document being edited
     * @param options the options the result will be written with
     * @param active false when no insertion can land in an inline table (the source has no '{' and
     *     inline tables are not a risk for its TOML version)
     */
    RenderCheck(TomlTable document, TomlWriteOptions options, boolean active) {
        this.document = document;
        this.options = options;
        this.active = active;
    }

    /** {@code document} written with {@code options}, or {@code null} when tomlj refuses to write it. */
    static String renderingOf(TomlTable document, TomlWriteOptions options) {
        try {
            return document.toToml(options);
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    /** Whether the document, as edited so far, can be written. */
    boolean renders() {
        if (!active) {
            return true;
        }
        try {
            document.toToml(options);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }
}
