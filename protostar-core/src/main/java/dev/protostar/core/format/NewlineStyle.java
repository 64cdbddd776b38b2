package dev.protostar.core.format;

/**
 * The line break a text file uses, so that lines Protostar adds match the lines already there.
 */
public enum NewlineStyle {
    /** {@code "\n"}, the default for new files and for files without any line break. */
    LF("\n"),
    /** {@code "\r\n"}. */
    CRLF("\r\n");

    private final String sequence;

    NewlineStyle(String sequence) {
        this.sequence = sequence;
    }

    /** The characters that end a line in this style. */
    public String sequence() {
        return sequence;
    }

    /** {@code text} with every line break ({@code "\r\n"} or {@code "\n"}) written in this style. */
    public String apply(String text) {
        String lf = text.replace("\r\n", "\n");
        return this == LF ? lf : lf.replace("\n", sequence);
    }

    /**
     * The style most lines of {@code text} end with: CRLF when more lines end with {@code "\r\n"}
     * than with a bare {@code "\n"}, otherwise LF (also for {@code null}, empty or single-line text).
     */
    public static NewlineStyle detect(String text) {
        if (text == null) {
            return LF;
        }
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? CRLF : LF;
    }
}
