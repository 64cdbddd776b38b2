package dev.protostar.core.format.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.protostar.core.format.yaml.ScalarQuoting.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link ScalarQuoting} never changes a decision: over hand-picked and generated
 * strings, a value the fast path calls plain is one the YAML parser reads back as itself, and the
 * quoting decision with the fast path equals the decision of the parser check alone.
 */
class ScalarQuotingFastPathTest {

    private static final long SEED = 20_261_201L;
    private static final String ALPHABET = "aAzZyYnNoOeEfFtTlLsSuU019_-./: #,'\"`~*&!%@?|>{}[]=+<()^$;\\\té\u00A0\u2028";
    private static final List<String> TRICKY = List.of("", " ", "yes", "Yes", "YES", "yEs", "No", "no", "NO", "ON",
            "on", "On", "oN", "off", "OFF", "Off", "y", "Y", "n", "N", "true", "True", "TRUE", "tRUE", "false", "False",
            "null", "Null", "NULL", "nULL", "~", "=", "<<", "1.0", "1e3", "1E3", "0x1F", "0o17", "0b101", ".inf", "-.inf",
            "+.INF", ".NaN", ".nan", "inf", "nan", "NaN", "Infinity", "-Infinity", "infinity", "2024-01-01",
            "2024-01-01T10:00:00Z", "12:30", "1:30:00", "- a", "-", "--", "-a", "--fix", "---", "...", "-1", "-yes",
            "--no", "a: b", "a:b", "a:", "a::b", "a:/b", "a :b", "#x", "x #y", "x#y", "*a", "&a", "!t", "%x", "@x", "`x",
            "'q", "\"q", "q'", "{a}", "[a]", "a,b", "?x", "? x", "|x", ">x", " a", "a ", "a  b", "a b", "é", "café",
            "naïve", "x\u00A0y", "a\tb", "a\nb", "v0.7.4", "v3.4.2", "ruff", "ruff-format", "mypy", "fmt", "clippy",
            "https://github.com/astral-sh/ruff-pre-commit", "https://github.com/pre-commit/pre-commit-hooks",
            "http://x", "git@github.com:a/b.git", "requests>=2.0", "types-requests", "a/b/c", "a_b", "A.B", "o", "O",
            "x", "X", "e", "E", "e1", "E_1", "ye", "yess", "nul", "nulls", "onn", "of", "t", "f", "T", "F", "tr", "fa");

    private final ScalarQuoting quoting = new ScalarQuoting(new YAMLMapper().getFactory());

    @Test
    void theFastPathAgreesWithTheParserOnHandPickedStrings() {
        assertAgreement(TRICKY);
    }

    @Test
    void theFastPathAgreesWithTheParserOnEveryShortString() {
        List<String> values = new ArrayList<>();
        values.add("");
        for (int a = 0; a < ALPHABET.length(); a++) {
            String one = String.valueOf(ALPHABET.charAt(a));
            values.add(one);
            for (int b = 0; b < ALPHABET.length(); b++) {
                values.add(one + ALPHABET.charAt(b));
            }
        }
        assertAgreement(values);
    }

    @Test
    void theFastPathAgreesWithTheParserOnGeneratedStrings() {
        Random random = new Random(SEED);
        Set<String> values = new LinkedHashSet<>();
        String fast = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:";
        while (values.size() < 20_000) {
            String pool = random.nextBoolean() ? fast : ALPHABET;
            int length = 1 + random.nextInt(12);
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < length; i++) {
                value.append(pool.charAt(random.nextInt(pool.length())));
            }
            values.add(value.toString());
            String word = TRICKY.get(random.nextInt(TRICKY.size()));
            values.add(random.nextBoolean() ? "-" + word : word + value.charAt(0));
        }
        assertAgreement(List.copyOf(values));
    }

    @Test
    void theFastPathTakesThePreCommitValuesProtostarDeclares() {
        for (String value : List.of("https://github.com/astral-sh/ruff-pre-commit", "v0.7.4", "ruff-format", "mypy")) {
            assertThat(ScalarQuoting.obviouslyPlain(value, Context.BLOCK)).as(value).isTrue();
        }
        assertThat(ScalarQuoting.obviouslyPlain("--fix", Context.FLOW)).isTrue();
        assertThat(ScalarQuoting.obviouslyPlain("https://x", Context.FLOW)).isFalse();
        assertThat(ScalarQuoting.obviouslyPlain("Yes", Context.BLOCK)).isFalse();
        assertThat(ScalarQuoting.obviouslyPlain("-nan", Context.BLOCK)).isFalse();
    }

    private void assertAgreement(List<String> values) {
        int fastHits = 0;
        for (String value : values) {
            for (Context context : Context.values()) {
                boolean fast = ScalarQuoting.obviouslyPlain(value, context);
                if (fast) {
                    fastHits++;
                    assertThat(quoting.readsBack(value, context))
                            .as("fast path calls %s plain in %s but the parser does not read it back", show(value),
                                    context)
                            .isTrue();
                }
                assertThat(quoting.isPlain(value, context))
                        .as("decision for %s in %s", show(value), context)
                        .isEqualTo(quoting.isPlainByParser(value, context));
                assertThat(quoting.write(value, context))
                        .as("written form of %s in %s", show(value), context)
                        .isEqualTo(quoting.isPlainByParser(value, context) ? value : ScalarQuoting.quoted(value));
            }
        }
        assertThat(fastHits).as("values the fast path took").isPositive();
    }

    private static String show(String value) {
        StringBuilder out = new StringBuilder("<");
        value.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.append('>').toString();
    }
}
