package dev.protostar.core.format.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.core.format.TypedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jackson half of the editor's result check: "yes" only for exactly the intended data. */
class TypedCheckTest {

    private static final String ORIGINAL = "a = 0\n";

    private static TypedValue.Tbl data(TypedValue value) {
        Map<String, TypedValue> members = new LinkedHashMap<>();
        members.put("a", value);
        return new TypedValue.Tbl(members);
    }

    @Test
    void everyTypeIsComparedStrictly() {
        assertThat(TypedCheck.holds("a = 1\n", ORIGINAL, data(new TypedValue.Int(1)))).isTrue();
        assertThat(TypedCheck.holds("a = 1\n", ORIGINAL, data(new TypedValue.Flt(1.0)))).isFalse();
        assertThat(TypedCheck.holds("a = 1.0\n", ORIGINAL, data(new TypedValue.Flt(1.0)))).isTrue();
        assertThat(TypedCheck.holds("a = -0.0\n", ORIGINAL, data(new TypedValue.Flt(0.0)))).isFalse();
        assertThat(TypedCheck.holds("a = nan\n", ORIGINAL, data(new TypedValue.Flt(Double.NaN)))).isTrue();
        assertThat(TypedCheck.holds("a = \"1\"\n", ORIGINAL, data(new TypedValue.Int(1)))).isFalse();
        assertThat(TypedCheck.holds("a = true\n", ORIGINAL, data(new TypedValue.Bool(true)))).isTrue();
        assertThat(TypedCheck.holds("a = true\n", ORIGINAL, data(new TypedValue.Bool(false)))).isFalse();
        assertThat(TypedCheck.holds("a = 1979-05-27\n", ORIGINAL,
                data(new TypedValue.DateTime("local-date", "1979-05-27")))).isTrue();
        assertThat(TypedCheck.holds("a = 1979-05-27T07:32:00Z\n", ORIGINAL,
                data(new TypedValue.DateTime("local-date-time", "1979-05-27T07:32:00")))).isFalse();
        assertThat(TypedCheck.holds("a = [1, [2]]\n", ORIGINAL, data(new TypedValue.Arr(List.of(new TypedValue.Int(1),
                new TypedValue.Arr(List.of(new TypedValue.Int(2)))))))).isTrue();
        assertThat(TypedCheck.holds("a = [1]\n", ORIGINAL, data(new TypedValue.Arr(List.of())))).isFalse();
        assertThat(TypedCheck.holds("a = { b = 1 }\n", ORIGINAL,
                data(new TypedValue.Tbl(Map.of("b", new TypedValue.Int(1)))))).isTrue();
        assertThat(TypedCheck.holds("a = { b = 1, c = 2 }\n", ORIGINAL,
                data(new TypedValue.Tbl(Map.of("b", new TypedValue.Int(1)))))).isFalse();
    }

    @Test
    void extraKeysBrokenTextAndTheTextsJacksonWronglyAcceptsAreNotCertain() {
        assertThat(TypedCheck.holds("a = 1\nb = 2\n", ORIGINAL, data(new TypedValue.Int(1)))).isFalse();
        assertThat(TypedCheck.holds("a = \n", ORIGINAL, data(new TypedValue.Int(1)))).isFalse();
        // A dotted key extending a table defined by a header: invalid TOML that Jackson reads.
        String extending = "[x]\ny.z = 1\n[x.y]\nw = 2\n";
        assertThat(TypedCheck.holds(extending, "[x]\n", new TypedValue.Tbl(Map.of("x", new TypedValue.Tbl(Map.of(
                "y", new TypedValue.Tbl(Map.of("z", new TypedValue.Int(1), "w", new TypedValue.Int(2))))))))).isFalse();
    }
}
