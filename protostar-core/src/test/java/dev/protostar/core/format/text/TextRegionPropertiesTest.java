package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.TextBlock;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of {@link TextRegions#apply} over generated files (user lines and well-formed regions
 * with tolerant markers, LF or CRLF, with or without final newline and byte order mark) and block
 * lists, for each comment syntax.
 */
class TextRegionPropertiesTest {

    private static final long SEED = 20_240_611L;
    private static final int EXAMPLES = 300;

    private static final List<WorkspacePath> PATHS = List.of(
            WorkspacePath.of(".envrc"), WorkspacePath.of("AGENTS.md"), WorkspacePath.of("src/app.js"));
    private static final List<String> TAGS = List.of("venv", "path", "a.b", "x_1-2");
    private static final List<String> USER_LINES = List.of(
            "", "   ", "\t", "export A=1", "# a comment", "// a comment", "<!-- a comment -->", "  indented text",
            "# region: protostar", "# endregion protostar venv", "region: protostar venv", "<!-- region: protostar",
            "trailing spaces  ", "unicode: é ✓");
    private static final List<String> CONTENTS = List.of(
            "", "\n", "one line", "one line\n", "two\nlines\n", "crlf\r\nlines\r\n", "\nleading blank",
            "trailing blanks\n\n\n", "  indented\n\tand tabbed", "   ", "# looks like a comment\n",
            "// region: protostar elsewhere-ish text", "unicode ✓\n");

    /** A chunk of an existing file: a user line, or a region (tag, tolerant-marker variant, body lines). */
    private record Chunk(String line, String tag, int variant, List<String> body) {
    }

    private record Case(WorkspacePath path, String existing, List<TextBlock> blocks) {
        @Override
        public String toString() {
            return path + " existing=" + quote(existing) + " blocks=" + blocks.stream()
                    .map(b -> b.tag() + ":" + quote(b.content())).toList();
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    private static String startMarker(CommentSyntax syntax, String tag, int variant) {
        return switch (variant) {
            case 0 -> syntax.startMarker(tag);
            case 1 -> "  " + syntax.startMarker(tag).replace("region: ", "region:   ");
            default -> "\t" + syntax.startMarker(tag).replaceFirst(" ", "") + " ";
        };
    }

    private static String endMarker(CommentSyntax syntax, String tag, int variant) {
        return switch (variant) {
            case 0 -> syntax.endMarker(tag);
            case 1 -> syntax.endMarker(tag).replaceFirst(" ", "    ");
            default -> "   " + syntax.endMarker(tag) + "\t";
        };
    }

    private static Gen<Chunk> chunks() {
        Gen<Chunk> userLine = Generate.pick(USER_LINES).map(line -> new Chunk(line, null, 0, List.of()));
        Gen<Chunk> region = Generate.pick(TAGS).zip(Generate.range(0, 2),
                SourceDSL.lists().of(Generate.pick(USER_LINES)).ofSizeBetween(0, 3),
                (tag, variant, body) -> new Chunk(null, tag, variant, body));
        return Generate.frequency(Pair.of(3, userLine), Pair.of(1, region));
    }

    private static Gen<Case> cases() {
        Gen<List<Pair<String, String>>> blocks = SourceDSL.lists()
                .of(Generate.pick(TAGS).zip(Generate.pick(CONTENTS), Pair::of)).ofSizeBetween(0, 4);
        return Generate.pick(PATHS).zip(SourceDSL.lists().of(chunks()).ofSizeBetween(0, 10),
                Generate.range(0, 8), blocks, (path, cs, flags, bs) -> {
                    CommentSyntax syntax = CommentSyntax.forFile(path);
                    // flags: bit 0 CRLF, bit 1 final newline, bit 2 byte order mark; 8 = absent file
                    String existing = flags == 8 ? null
                            : render(syntax, cs, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
                    Map<String, TextBlock> byTag = new LinkedHashMap<>();
                    for (Pair<String, String> b : bs) {
                        byTag.putIfAbsent(b._1, new TextBlock(path, b._1, b._2));
                    }
                    return new Case(path, existing, List.copyOf(byTag.values()));
                });
    }

    /** The file text for chunks; a region whose tag was already used becomes plain lines. */
    private static String render(CommentSyntax syntax, List<Chunk> cs, boolean crlf, boolean finalNewline,
            boolean bom) {
        List<String> lines = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Chunk c : cs) {
            if (c.tag() == null) {
                lines.add(c.line());
            } else if (used.add(c.tag())) {
                lines.add(startMarker(syntax, c.tag(), c.variant()));
                lines.addAll(c.body());
                lines.add(endMarker(syntax, c.tag(), c.variant()));
            } else {
                lines.addAll(c.body());
            }
        }
        String newline = crlf ? "\r\n" : "\n";
        String text = String.join(newline, lines);
        if (finalNewline && !lines.isEmpty()) {
            text += newline;
        }
        return (bom ? "\uFEFF" : "") + text;
    }

    /** A file split, independently of the code under test, into the text outside region bodies and the bodies. */
    private record Split(String outside, Map<String, String> bodies) {
        static Split of(CommentSyntax syntax, String text) {
            String opener = Pattern.quote(switch (syntax) {
                case HASH -> "#";
                case SLASHES -> "//";
                case HTML -> "<!--";
            });
            String closer = syntax == CommentSyntax.HTML ? "[ \\t]*-->" : "";
            Pattern start = Pattern.compile("[ \\t]*" + opener + "[ \\t]*region:[ \\t]*protostar[ \\t]+([\\w.-]+)[ \\t]*"
                    + closer + "[ \\t]*\r?\n?");
            StringBuilder outside = new StringBuilder();
            Map<String, String> bodies = new LinkedHashMap<>();
            String open = null;
            StringBuilder body = new StringBuilder();
            String unmarked = text == null ? "" : text;
            if (unmarked.startsWith("\uFEFF")) {
                outside.append('\uFEFF');
                unmarked = unmarked.substring(1);
            }
            for (String line : linesWithBreaks(unmarked)) {
                if (open == null) {
                    outside.append(line);
                    Matcher m = start.matcher(line);
                    if (m.matches()) {
                        open = m.group(1);
                        body.setLength(0);
                    }
                } else if (line.strip().matches(opener + "[ \\t]*endregion:[ \\t]*protostar[ \\t]+"
                        + Pattern.quote(open) + "[ \\t]*" + closer)) {
                    bodies.put(open, body.toString());
                    outside.append(line);
                    open = null;
                } else {
                    body.append(line);
                }
            }
            return new Split(outside.toString(), bodies);
        }
    }

    private static List<String> linesWithBreaks(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    /**
     * The body a block's content must become. Generated files use one line break throughout, so
     * "the file's style" is CRLF exactly when the file contains one.
     */
    private static String expectedBody(String content, String existing) {
        String lf = content.replace("\r\n", "\n").replaceAll("\n+$", "");
        if (lf.isEmpty()) {
            return "";
        }
        boolean crlf = existing != null && existing.contains("\r\n");
        return (lf + "\n").replace("\n", crlf ? "\r\n" : "\n");
    }

    @Test
    void applyIsIdempotent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            String once = TextRegions.apply(c.path(), c.existing(), c.blocks());

            assertThat(TextRegions.apply(c.path(), once, c.blocks())).isSameAs(once);
        });
    }

    @Test
    void everyLineOutsideRegionsIsKeptInOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            CommentSyntax syntax = CommentSyntax.forFile(c.path());
            String result = TextRegions.apply(c.path(), c.existing(), c.blocks());
            String before = Split.of(syntax, c.existing()).outside();
            String after = Split.of(syntax, result).outside();

            assertThat(after).startsWith(before);
            // What follows the old text: a line-break fix-up, blank lines and markers of the new regions.
            String added = after.substring(before.length());
            Set<String> allowed = new HashSet<>();
            for (TextBlock b : c.blocks()) {
                allowed.add(syntax.startMarker(b.tag()));
                allowed.add(syntax.endMarker(b.tag()));
            }
            for (String line : linesWithBreaks(added)) {
                String bare = line.replaceAll("\r?\n$", "");
                assertThat(bare.isEmpty() || allowed.contains(bare)).as("added line %s", quote(line)).isTrue();
            }
        });
    }

    @Test
    void everyDeclaredRegionHoldsExactlyItsContent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            CommentSyntax syntax = CommentSyntax.forFile(c.path());
            String result = TextRegions.apply(c.path(), c.existing(), c.blocks());
            Map<String, String> bodies = Split.of(syntax, result).bodies();

            for (TextBlock b : c.blocks()) {
                assertThat(bodies).containsEntry(b.tag(), expectedBody(b.content(), c.existing()));
            }
        });
    }

    @Test
    void validateAcceptsEveryResult() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            String result = TextRegions.apply(c.path(), c.existing(), c.blocks());

            if (result != null) {
                assertThatCode(() -> TextRegions.validate(c.path(), result)).doesNotThrowAnyException();
            }
            assertThat(result == null).isEqualTo(c.existing() == null && c.blocks().isEmpty());
        });
    }

    @Test
    void aByteOrderMarkAndAMissingFinalNewlineSurviveAnUpdateInPlace() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            String result = TextRegions.apply(c.path(), c.existing(), c.blocks());
            if (c.existing() == null) {
                return;
            }
            assertThat(result.startsWith("\uFEFF")).isEqualTo(c.existing().startsWith("\uFEFF"));
            Set<String> present = Split.of(CommentSyntax.forFile(c.path()), c.existing()).bodies().keySet();
            boolean appends = c.blocks().stream().anyMatch(b -> !present.contains(b.tag()));
            if (!appends) {
                assertThat(result.endsWith("\n")).isEqualTo(c.existing().endsWith("\n"));
            }
        });
    }
}
