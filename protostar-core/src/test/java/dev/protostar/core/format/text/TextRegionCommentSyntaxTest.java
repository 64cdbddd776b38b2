package dev.protostar.core.format.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.WorkspacePath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The comment syntax follows the file name; markers are read tolerantly and written canonically. */
class TextRegionCommentSyntaxTest {

    @ParameterizedTest
    @CsvSource({
        ".envrc, HASH", "scripts/run.sh, HASH", "a.bash, HASH", "a.zsh, HASH", "setup.cfg, HASH", "tox.ini, HASH",
        "nginx.conf, HASH", "pyproject.toml, HASH", "ci.yaml, HASH", "ci.yml, HASH", ".env, HASH",
        ".env.local, HASH", "Dockerfile, HASH", "Makefile, HASH", ".gitignore, HASH", ".dockerignore, HASH",
        "notes.unknown, HASH", "LICENSE, HASH",
        "AGENTS.md, HTML", "docs/README.MD, HTML", "a.markdown, HTML", "index.html, HTML", "pom.xml, HTML",
        "app.js, SLASHES", "a.ts, SLASHES", ".vscode/settings.jsonc, SLASHES", "a.c, SLASHES", "a.cc, SLASHES",
        "a.cpp, SLASHES", "a.h, SLASHES", "a.hpp, SLASHES", "A.java, SLASHES", "a.kt, SLASHES", "main.go, SLASHES",
        "lib.rs, SLASHES", "a.swift, SLASHES", ".eslintrc.js, SLASHES"
    })
    void syntaxIsChosenFromTheFileName(String path, CommentSyntax expected) {
        assertThat(CommentSyntax.forFile(WorkspacePath.of(path))).isEqualTo(expected);
    }

    @Test
    void canonicalMarkers() {
        assertThat(CommentSyntax.HASH.startMarker("t")).isEqualTo("# region: protostar t");
        assertThat(CommentSyntax.HASH.endMarker("t")).isEqualTo("# endregion: protostar t");
        assertThat(CommentSyntax.SLASHES.startMarker("t")).isEqualTo("// region: protostar t");
        assertThat(CommentSyntax.SLASHES.endMarker("t")).isEqualTo("// endregion: protostar t");
        assertThat(CommentSyntax.HTML.startMarker("t")).isEqualTo("<!-- region: protostar t -->");
        assertThat(CommentSyntax.HTML.endMarker("t")).isEqualTo("<!-- endregion: protostar t -->");
    }

    @Test
    void markersAreRecognisedWithAnyIndentationAndSpacing() {
        assertThat(CommentSyntax.HASH.parse("\t  #region:protostar a.b-c_1 \t"))
                .hasValue(new CommentSyntax.RegionMarker(true, "a.b-c_1"));
        assertThat(CommentSyntax.SLASHES.parse("    //   endregion:  protostar   x"))
                .hasValue(new CommentSyntax.RegionMarker(false, "x"));
        assertThat(CommentSyntax.HTML.parse(" <!--region: protostar x-->  "))
                .hasValue(new CommentSyntax.RegionMarker(true, "x"));
    }

    @Test
    void lookalikesAreNotMarkers() {
        assertThat(CommentSyntax.HASH.parse("# region: protostar")).isEmpty();
        assertThat(CommentSyntax.HASH.parse("# region: protostar two tags")).isEmpty();
        assertThat(CommentSyntax.HASH.parse("## region: protostar a")).isEmpty();
        assertThat(CommentSyntax.HASH.parse("x # region: protostar a")).isEmpty();
        assertThat(CommentSyntax.HASH.parse("# Region: protostar a")).isEmpty();
        assertThat(CommentSyntax.HASH.parse("// region: protostar a")).isEmpty();
        assertThat(CommentSyntax.HTML.parse("<!-- region: protostar a")).isEmpty();
        assertThat(CommentSyntax.SLASHES.parse("/* region: protostar a */")).isEmpty();
    }
}
