package dev.protostar.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewlineStyleTest {

    @Test
    void detectsTheStyleMostLinesUse() {
        assertThat(NewlineStyle.detect("a\r\nb\r\nc\n")).isEqualTo(NewlineStyle.CRLF);
        assertThat(NewlineStyle.detect("a\nb\nc\r\n")).isEqualTo(NewlineStyle.LF);
    }

    @Test
    void defaultsToLfWithoutLineBreaks() {
        assertThat(NewlineStyle.detect(null)).isEqualTo(NewlineStyle.LF);
        assertThat(NewlineStyle.detect("")).isEqualTo(NewlineStyle.LF);
        assertThat(NewlineStyle.detect("a = 1")).isEqualTo(NewlineStyle.LF);
    }

    @Test
    void appliesItsLineBreakToEveryLine() {
        assertThat(NewlineStyle.CRLF.apply("a\nb\r\nc\n")).isEqualTo("a\r\nb\r\nc\r\n");
        assertThat(NewlineStyle.LF.apply("a\r\nb\n")).isEqualTo("a\nb\n");
    }
}
