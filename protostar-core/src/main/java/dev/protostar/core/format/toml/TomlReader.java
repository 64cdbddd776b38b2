package dev.protostar.core.format.toml;

import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * Reads a TOML file for its data only (never to edit it): a leading byte order mark is allowed, and
 * any TOML version tomlj knows is accepted, as {@link TomlMerger#validate} does.
 */
public final class TomlReader {

    private TomlReader() {}

    /** The document in {@code text}, or empty when it does not parse. */
    public static Optional<TomlParseResult> read(String text) {
        TomlParseResult document = Toml.parse(TomlFraming.bodyOf(text), TomlVersion.LATEST);
        return document.hasErrors() ? Optional.empty() : Optional.of(document);
    }
}
