package dev.protostar.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.protostar.api.ConfigurationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.tomlj.Toml;

/**
 * Reads one configuration file ({@code config.toml} or {@code .protostar.toml}; the format is the
 * one {@link ConfigTemplate} documents) into a {@link LoadedConfig}.
 *
 * <p>Broken TOML fails, and so does an entry of a list that would reach a command line, a path or an
 * ignore file and breaks its rule ({@link ConfigEntryRule}: a dependency that is not a PEP 508
 * requirement, a folder outside the project, an ignore entry spanning lines), and an {@code [env]
 * scrub} that is not a list of variable patterns (skipped, it would pass on a variable meant to be
 * kept); every other problem
 * (an unknown key, a wrong type, a value outside the allowed ones) is a warning and that setting is
 * ignored. A leading UTF-8 byte order mark is
 * allowed; an empty file is an empty configuration. Stateless and thread-safe.
 */
public final class ConfigLoader {

    private static final ObjectReader TOML = new TomlMapper().reader();

    private ConfigLoader() {}

    /**
     * Reads the configuration file {@code file}.
     *
     * @throws ConfigurationException when the file cannot be read, is not UTF-8 or is not valid TOML
     *     (with its line and column)
     */
    public static LoadedConfig read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("The configuration file " + file + " does not exist.",
                    "Create it with `protostar config`, or name another file.");
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the configuration file " + file + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage() + ".",
                    "Check the file's permissions, or run with --no-config to ignore configuration files.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigurationException("The configuration file " + file + " is not UTF-8 text.",
                    "Save it as UTF-8, or run with --no-config to ignore configuration files.");
        }
        return parse(file.toString(), text);
    }

    /**
     * Reads configuration from {@code text}.
     *
     * @param source the file's name, used in warnings and errors
     * @param text the file's content, optionally starting with a byte order mark
     * @throws ConfigurationException naming {@code source}, line and column when the text is not valid
     *     TOML, or {@code source}, line, key and value when a list entry breaks its {@link ConfigEntryRule}
     */
    public static LoadedConfig parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try {
            root = TOML.readTree(body);
        } catch (StreamConstraintsException e) {
            // A limit of Jackson's, not a TOML error, and reported without a position: tomlj, which
            // stops nesting earlier, finds where the deep part starts.
            String position = Toml.parse(body).errors().stream().findFirst()
                    .map(error -> ":" + error.position().line() + ":" + error.position().column()).orElse("");
            throw new ConfigurationException(source + position + ": the values are nested more deeply than"
                    + " Protostar reads (" + StreamReadConstraints.defaults().getMaxNestingDepth() + " levels).",
                    "Flatten the value at that position in " + source + ", or run with --no-config to ignore configuration"
                            + " files.");
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String position = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ConfigurationException(source + position + ": this is not valid TOML: " + e.getOriginalMessage()
                    + ".", "Fix the TOML at that position (`protostar config` opens the global file in your editor),"
                    + " or run with --no-config to ignore configuration files.");
        } catch (IOException e) {
            throw new IllegalStateException("Reading from a string failed", e);
        }
        if (root == null || root.isMissingNode()) {
            return LoadedConfig.empty();
        }
        ConfigReader reader = new ConfigReader(source, body);
        ConfigDocument document = reader.read(root);
        return new LoadedConfig(document.toConfig(), reader.warnings());
    }
}
