package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    private static Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : List.of("PATH", "HOME", "LANG", "LC_ALL", "XDG_CACHE_HOME", "UV_CACHE_DIR", "UV_INDEX_URL",
                "GITHUB_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWSOME", "VIRTUAL_ENV", "GIT_DIR",
                "HTTPS_PROXY", "npm_config__authToken", "CARGO_HOME")) {
            given.put(name, "value of " + name);
        }
        return given;
    }

    @Test
    void inheritedPassesEverythingButTheFiveThatPointElsewhere() {
        Map<String, String> child = ChildEnvironment.inherited().applyTo(given());

        Map<String, String> expected = new LinkedHashMap<>(given());
        expected.keySet().removeAll(List.of("VIRTUAL_ENV", "GIT_DIR"));
        assertThat(child).containsExactlyEntriesOf(expected);
        assertThat(ChildEnvironment.ALWAYS_REMOVED)
                .containsExactly("VIRTUAL_ENV", "PYTHONHOME", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE");
    }

    @Test
    void cleanPassesOnlyTheAllowList() {
        assertThat(ChildEnvironment.clean().applyTo(given()).keySet()).containsExactly(
                "PATH", "HOME", "LANG", "LC_ALL", "XDG_CACHE_HOME", "UV_CACHE_DIR", "CARGO_HOME");
    }

    @Test
    void scrubRemovesNamesAndPrefixesCaseSensitivelyAfterTheAllowList() {
        ChildEnvironment scrubbing = ChildEnvironment.inherited().scrubbing(List.of("AWS_*", "GITHUB_TOKEN", "path"));

        assertThat(scrubbing.applyTo(given())).containsKeys("PATH", "AWSOME")
                .doesNotContainKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN");
        assertThat(ChildEnvironment.clean().scrubbing(List.of("UV_*")).applyTo(given())).doesNotContainKey("UV_CACHE_DIR");
    }

    @Test
    void combiningIsCleanWhenEitherIsAndScrubsBoth() {
        ChildEnvironment combined = ChildEnvironment.inherited().scrubbing(List.of("A_*"))
                .and(ChildEnvironment.clean().scrubbing(List.of("B", "A_*")));

        assertThat(combined).isEqualTo(new ChildEnvironment(true, List.of("A_*", "B")));
    }

    @Test
    void patternsAreNamesOrPrefixesWithOneTrailingStar() {
        assertThat(List.of("GITHUB_TOKEN", "AWS_*", "_X", "lower_case", "A1*")).allMatch(ChildEnvironment::isPattern);
        assertThat(List.of("", "*", "AWS-*", "A*B", "X**", "1A", "A B", "$A", "A=B")).noneMatch(ChildEnvironment::isPattern);
        assertThatThrownBy(() -> ChildEnvironment.inherited().scrubbing(List.of("AWS-*")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"AWS-*\"");
    }
}
