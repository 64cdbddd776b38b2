package dev.protostar.core.format.yaml;

import dev.protostar.api.PreCommitHook;
import dev.protostar.api.PreCommitRepo;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * A generated, valid {@code .pre-commit-config.yaml}: random repositories and hooks from small
 * pools (so that files and declarations overlap), comments and blank lines in every place,
 * indentation of 0, 2 or 4 spaces for each list, 2 or 4 columns from dash to key, other top-level
 * keys before and after {@code repos}, block scalars, and sometimes flow-style or empty values.
 *
 * @param lines the file's lines, without line breaks
 * @param flowValues whether the file holds a flow-style {@code repos} or {@code hooks} list, which
 *     a merge may have to rewrite in block style
 */
public record PreCommitGeneratedConfig(List<String> lines, boolean flowValues) {

    static final List<String> URLS = List.of(
            "https://github.com/pre-commit/pre-commit-hooks",
            "https://github.com/psf/black",
            "https://github.com/astral-sh/ruff-pre-commit",
            "https://github.com/pre-commit/mirrors-mypy",
            "local",
            "https://gitlab.com/pycqa/flake8.git");
    static final List<String> HOOK_IDS = List.of(
            "trailing-whitespace", "check-yaml", "ruff", "ruff-format", "mypy", "black", "flake8");
    private static final List<String> REV_SOURCES = List.of("v5.0.0", "v0.8.0", "24.4.2", "'1.10'", "\"v1.0\"");
    private static final List<String> ARG_SOURCES = List.of("[--fix]", "['--maxkb=500']",
            "[--unsafe, --allow-multiple-documents]", "[]", "[\"--config\", 'setup.cfg']");
    private static final List<String> ARG_VALUES = List.of("--fix", "--unsafe", "pydantic[mypy]", "yes", "1.10",
            "it's", "#x", "a: b", "--maxkb=500", "", "é");

    /** The file's text with {@code "\n"} line breaks and a final newline ({@code ""} for no lines). */
    public String text() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    @Override
    public String toString() {
        return text();
    }

    /** Files of up to about 60 lines. */
    public static Gen<PreCommitGeneratedConfig> configs() {
        return in -> new Writer(in).config();
    }

    /**
     * Declarations: up to three repositories with distinct URLs (some present in generated files,
     * some not), each with up to three hooks with distinct ids and arguments that need quoting.
     */
    public static Gen<List<PreCommitRepo>> declarations() {
        return in -> {
            Chooser choose = new Chooser(in);
            List<PreCommitRepo> repos = new ArrayList<>();
            List<String> urls = new ArrayList<>(URLS);
            urls.add("https://github.com/PyCQA/bandit");
            choose.shuffle(urls);
            for (int i = 0, n = choose.below(4); i < n; i++) {
                List<String> ids = new ArrayList<>(HOOK_IDS);
                choose.shuffle(ids);
                List<PreCommitHook> hooks = new ArrayList<>();
                for (int h = 0, m = choose.below(4); h < m; h++) {
                    hooks.add(new PreCommitHook(ids.get(h), choose.values(), choose.values()));
                }
                repos.add(new PreCommitRepo(urls.get(i), choose.pick(List.of("v5.0.0", "v0.9.0", "1.10", "")), hooks));
            }
            return repos;
        };
    }

    /** Draws every choice from a randomness source. */
    private static class Chooser {
        final RandomnessSource in;

        Chooser(RandomnessSource in) {
            this.in = in;
        }

        int below(int bound) {
            return Generate.range(0, bound - 1).generate(in);
        }

        boolean chance(int percent) {
            return below(100) < percent;
        }

        <T> T pick(List<T> values) {
            return values.get(below(values.size()));
        }

        <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = below(i + 1);
                T swapped = list.get(i);
                list.set(i, list.get(j));
                list.set(j, swapped);
            }
        }

        List<String> values() {
            if (!chance(35)) {
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (int i = 0, n = 1 + below(3); i < n; i++) {
                values.add(pick(ARG_VALUES));
            }
            return values;
        }
    }

    /** Writes one file. */
    private static final class Writer extends Chooser {
        private final List<String> lines = new ArrayList<>();
        private boolean flow;
        private int notes;

        Writer(RandomnessSource in) {
            super(in);
        }

        PreCommitGeneratedConfig config() {
            for (int i = 0, n = chance(60) ? 1 + below(2) : 0; i < n; i++) {
                lines.add("# header comment " + (++notes));
            }
            if (chance(40)) {
                int indent = chance(50) ? 2 : 4;
                lines.add("default_language_version:");
                lines.add(" ".repeat(indent) + "python: python3.12" + (chance(30) ? "   # pinned" : ""));
                blank();
            }
            if (chance(30)) {
                lines.add("exclude: '^docs/'");
            }
            if (chance(30)) {
                lines.add("default_stages: [pre-commit]");
                blank();
            }
            if (chance(88)) {
                repos();
            }
            if (chance(40)) {
                blank();
                int indent = chance(50) ? 2 : 4;
                lines.add("ci:");
                lines.add(" ".repeat(indent) + "autofix_prs: true");
                if (chance(50)) {
                    lines.add(" ".repeat(indent) + "skip: [mypy]   # slow");
                }
            }
            if (chance(20)) {
                lines.add("# trailing comment " + (++notes));
            }
            return new PreCommitGeneratedConfig(List.copyOf(lines), flow);
        }

        private void blank() {
            if (chance(50)) {
                lines.add("");
            }
        }

        private void repos() {
            int kind = below(100);
            if (kind < 7) {
                lines.add("repos: []" + (chance(50) ? "   # none yet" : ""));
                flow = true;
                return;
            }
            if (kind < 12) {
                lines.add("repos:");
                return;
            }
            if (kind < 18) {
                lines.add("repos: [{repo: " + pick(URLS) + ", rev: v1.0, hooks: [{id: " + pick(HOOK_IDS) + "}]}]");
                flow = true;
                return;
            }
            int reposIndent = pick(List.of(0, 2, 4));
            int repoKeyOffset = pick(List.of(2, 4));
            int hooksIndent = pick(List.of(0, 2, 4));
            int hookKeyOffset = pick(List.of(2, 4));
            boolean blankBetween = chance(30);
            lines.add("repos:" + (chance(15) ? "  # repositories" : ""));
            List<String> urls = new ArrayList<>(URLS);
            shuffle(urls);
            for (int i = 0, n = 1 + below(4); i < n; i++) {
                if (i > 0 && (blankBetween || chance(15))) {
                    lines.add("");
                }
                if (chance(20)) {
                    lines.add(" ".repeat(chance(50) ? reposIndent : 0) + "# note " + (++notes));
                }
                repo(urls.get(i), reposIndent, repoKeyOffset, hooksIndent, hookKeyOffset);
            }
        }

        private void repo(String url, int dash, int keyOffset, int hooksIndent, int hookKeyOffset) {
            String keys = " ".repeat(dash + keyOffset);
            lines.add(" ".repeat(dash) + "-" + " ".repeat(keyOffset - 1) + "repo: " + url);
            if (!url.equals("local") || chance(20)) {
                lines.add(keys + "rev: " + pick(REV_SOURCES) + (chance(20) ? "  # pinned" : ""));
            }
            int hooksKind = below(100);
            if (hooksKind < 10) {
                lines.add(keys + "hooks: [{id: " + pick(HOOK_IDS) + "}, {id: extra, args: [--x]}]");
                flow = true;
            } else if (hooksKind < 15) {
                lines.add(keys + "hooks:" + (chance(50) ? "   # to do" : ""));
            } else if (hooksKind >= 20) {
                lines.add(keys + "hooks:");
                List<String> ids = new ArrayList<>(HOOK_IDS);
                shuffle(ids);
                for (int h = 0, m = 1 + below(3); h < m; h++) {
                    hook(ids.get(h), dash + keyOffset + hooksIndent, hookKeyOffset);
                }
            }
            if (chance(15)) {
                lines.add(keys + "files: \\.py$");
            }
        }

        private void hook(String id, int dash, int keyOffset) {
            String keys = " ".repeat(dash + keyOffset);
            if (chance(10)) {
                lines.add(" ".repeat(dash) + "# hook note " + (++notes));
            }
            lines.add(" ".repeat(dash) + "-" + " ".repeat(keyOffset - 1) + "id: " + id + (chance(10) ? "  # why" : ""));
            int args = below(100);
            if (args < 30) {
                lines.add(keys + "args: " + pick(ARG_SOURCES));
            } else if (args < 40) {
                lines.add(keys + "args:");
                String itemIndent = keys + (chance(50) ? "  " : "");
                lines.add(itemIndent + "- --fix");
                lines.add(itemIndent + "- '--select=E,W'");
            }
            if (chance(15)) {
                lines.add(keys + "language_version: python3.12");
            }
            if (chance(6)) {
                lines.add(keys + "description: |");
                lines.add(keys + "  Checks things.");
                lines.add(keys + "  # literal text, not a comment");
            }
        }
    }
}
