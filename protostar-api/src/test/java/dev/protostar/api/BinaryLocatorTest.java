package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link BinaryLocator#of(Set)}: a fixed list of programs. */
class BinaryLocatorTest {

    @Test
    void aFixedLocatorFindsExactlyItsNamesAndCopiesThem() {
        Set<String> names = new HashSet<>(Set.of("uv", "git"));
        BinaryLocator locator = BinaryLocator.of(names);
        names.add("cargo");

        assertThat(locator.isAvailable("uv")).isTrue();
        assertThat(locator.isAvailable("git")).isTrue();
        assertThat(locator.isAvailable("cargo")).isFalse();
        assertThat(locator.isAvailable("UV")).isFalse();
        assertThat(locator.isAvailable(null)).isFalse();
        assertThat(BinaryLocator.of(Set.of()).isAvailable("uv")).isFalse();
    }

    @Test
    void aNullNameInTheSetIsRefused() {
        assertThatThrownBy(() -> BinaryLocator.of(new HashSet<>(Arrays.asList("uv", null))))
                .isInstanceOf(NullPointerException.class);
    }
}
