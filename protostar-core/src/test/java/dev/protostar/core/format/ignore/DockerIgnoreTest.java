package dev.protostar.core.format.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

    @Test
    void vcsIgnoresThenTheBaselineThenDockerOnlyEntriesWithoutRepeats() {
        assertThat(DockerIgnore.entries(List.of(".venv/", ".idea/", ".env"), List.of(".python-version", ".git/")))
                .containsExactly(".venv/", ".idea/", ".env", ".git/", "tests/", "docs/", "README*", ".vscode/",
                        ".python-version");
    }
}
