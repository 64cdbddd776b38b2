package dev.protostar.core.format.toml;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * A TOML body parsed by tomlj, with the oldest TOML version it is valid in. We write the merged
 * document for that same version, so a file that TOML 1.0 readers (Python's {@code tomllib}, pip,
 * uv) accepted before is still accepted after.
 *
 * @param document the editable, source-preserving document
 * @param version {@link TomlVersion#V1_0_0} when the body is valid TOML 1.0, otherwise the newest
 *     version tomlj knows
 */
record ParsedToml(TomlParseResult document, TomlVersion version) {

    /**
     * Parses a file's body (without byte order mark).
     *
     * @throws ValidationException naming {@code path} and the line and column of the first error
     */
    static ParsedToml parse(WorkspacePath path, String body) {
        ParsedToml parsed = attempt(body);
        if (parsed.document().hasErrors()) {
            throw invalid(path, parsed.document().errors());
        }
        return parsed;
    }

    /**
     * {@code body} parsed as TOML 1.0 when it is valid 1.0, otherwise with the newest version tomlj
     * knows; that last parse may have errors.
     */
    static ParsedToml attempt(String body) {
        TomlParseResult strict = Toml.parse(body, TomlVersion.V1_0_0);
        if (!strict.hasErrors()) {
            return new ParsedToml(strict, TomlVersion.V1_0_0);
        }
        return new ParsedToml(Toml.parse(body, TomlVersion.LATEST), TomlVersion.LATEST);
    }

    /** The first of {@code errors} as a validation error for {@code path}. */
    static ValidationException invalid(WorkspacePath path, List<TomlParseError> errors) {
        TomlParseError first = errors.get(0);
        String detail = "invalid TOML: " + first.getMessage();
        if (errors.size() > 1) {
            detail += " (and " + (errors.size() - 1) + " more error" + (errors.size() > 2 ? "s" : "") + ")";
        }
        int line = first.position() == null ? 0 : first.position().line();
        int column = first.position() == null ? 0 : first.position().column();
        return new ValidationException(path, line, column, detail,
                "Fix the TOML syntax in " + path + " (or move the file aside) and run again; nothing was changed.");
    }
}
