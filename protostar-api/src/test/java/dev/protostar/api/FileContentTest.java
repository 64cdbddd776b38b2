package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileContentTest {

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] bytes = {'a', 'b'};
        FileContent content = new FileContent(bytes);
        bytes[0] = 'X';
        content.bytes()[1] = 'Y';

        assertThat(content.bytes()).containsExactly('a', 'b');
        assertThat(content.size()).isEqualTo(2);
    }

    @Test
    void equalBytesAreEqualContents() {
        assertThat(FileContent.ofUtf8("x\n")).isEqualTo(new FileContent(new byte[] {'x', '\n'}))
                .hasSameHashCodeAs(new FileContent(new byte[] {'x', '\n'}))
                .isNotEqualTo(FileContent.ofUtf8("x"));
        assertThat(FileContent.ofUtf8("abc")).hasToString("FileContent[3 bytes]");
    }

    @Test
    void textIsPresentOnlyForUtf8WithoutNul() {
        assertThat(FileContent.ofUtf8("\uFEFFcafé ✓\r\n").text()).contains("\uFEFFcafé ✓\r\n");
        assertThat(FileContent.ofUtf8("").text()).contains("");
        assertThat(new FileContent(new byte[] {'c', 'a', 'f', (byte) 0xE9}).isText()).isFalse();
        assertThat(new FileContent(new byte[] {'a', 0, 'b'}).text()).isEmpty();
    }
}
