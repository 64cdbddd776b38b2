package dev.protostar.core.lifecycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * TOML dates and times as {@link dev.protostar.core.format.TypedValue.DateTime} texts: the kind tomlj
 * reads and one canonical text per instant ({@code 1979-05-27T07:32:00.5Z}: {@code T}, seconds always,
 * fraction without trailing zeros, {@code Z} for UTC).
 */
final class LockDateTimes {

    /** The kinds, as {@link dev.protostar.core.format.TypedValue.DateTime#kind()} names them. */
    static final List<String> KINDS = List.of("offset-date-time", "local-date-time", "local-date", "local-time");

    private LockDateTimes() {}

    /** The kind of a value tomlj read, or empty when it is not a date or time. */
    static Optional<String> kindOf(Object value) {
        if (value instanceof OffsetDateTime) {
            return Optional.of("offset-date-time");
        }
        if (value instanceof LocalDateTime) {
            return Optional.of("local-date-time");
        }
        if (value instanceof LocalDate) {
            return Optional.of("local-date");
        }
        if (value instanceof LocalTime) {
            return Optional.of("local-time");
        }
        return Optional.empty();
    }

    /** The canonical text of a date or time tomlj read. */
    static String canonical(Object value) {
        if (value instanceof OffsetDateTime o) {
            return date(o.toLocalDate()) + "T" + time(o.toLocalTime()) + offset(o.getOffset());
        }
        if (value instanceof LocalDateTime l) {
            return date(l.toLocalDate()) + "T" + time(l.toLocalTime());
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        throw new IllegalArgumentException("not a date or time: " + value);
    }

    /** Whether {@code text} is a TOML date or time of {@code kind} written in its canonical form. */
    static boolean isCanonical(String kind, String text) {
        if (text.isEmpty() || text.length() > 64 || !text.chars().allMatch(c -> c < 128 && c > ' ')) {
            return false;
        }
        TomlParseResult probe = Toml.parse("v = " + text + "\n", TomlVersion.V1_0_0);
        if (probe.hasErrors() || probe.size() != 1) {
            return false;
        }
        Object value = probe.get("v");
        return kindOf(value).filter(kind::equals).isPresent() && canonical(value).equals(text);
    }

    private static String date(LocalDate date) {
        return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String time(LocalTime time) {
        String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        if (time.getNano() == 0) {
            return text;
        }
        String fraction = String.format("%09d", time.getNano()).replaceFirst("0+$", "");
        return text + "." + fraction;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "Z";
        }
        int minutes = Math.abs(seconds) / 60;
        return String.format("%s%02d:%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }
}
