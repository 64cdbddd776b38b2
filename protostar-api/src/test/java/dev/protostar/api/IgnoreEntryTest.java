package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoreEntryTest {

    @ParameterizedTest
    @ValueSource(strings = {".venv/", "  data/raw/  ", "\\#not-a-comment", "!keep.me", "*.log", "trailing\\ ", "a\tb"})
    void acceptsOneLineEntries(String entry) {
        assertThat(IgnoreEntry.problem(entry)).as(entry).isEmpty();
    }

    @Test
    void refusesControlCharacters() {
        assertThat(IgnoreEntry.problem("a\nb")).contains("column 2: a line break (U+000A) is not allowed; an entry is one line");
        assertThat(IgnoreEntry.problem("a\rb"))
                .contains("column 2: a carriage return (U+000D) is not allowed; an entry is one line");
        assertThat(IgnoreEntry.problem("a\u0000b")).contains("column 2: a NUL (U+0000) is not allowed; an entry is one line");
        assertThat(IgnoreEntry.problem("ab\u001b"))
                .contains("column 3: a control character (U+001B) is not allowed; an entry is one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\t\n"})
    void refusesBlanks(String entry) {
        assertThat(IgnoreEntry.problem(entry)).contains("it is blank");
        assertThat(IgnoreEntry.problem(null)).contains("it is null");
    }
}
