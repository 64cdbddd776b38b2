package dev.protostar.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of {@link LockCodec} over generated locks: exact round trips and one text per lock. */
class LockCodecPropertiesTest {

    private static final long SEED = 20_261_206L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 400);

    private static final List<String> PATHS = List.of("pyproject.toml", ".gitignore", ".vscode/settings.json",
            "src/app/__init__.py", "a b/c d.txt", "ü/漢字.toml", "Dockerfile", ".github/workflows/ci.yml",
            "x\u202Ey", "-dash", "deep/er/still/deeper/file");

    /** A lock, and the same lock with its files and slots in another order. */
    private record Shuffled(ProjectLock lock, ProjectLock reordered) {}

    private static Gen<Shuffled> locks() {
        return in -> {
            GeneratedValues g = new GeneratedValues(in);
            List<String> keyParts = List.of("tool", "ruff", "a.b", "", "c d", g.string());
            List<ManagedFile> files = new ArrayList<>();
            List<ManagedFile> reordered = new ArrayList<>();
            Set<String> paths = new LinkedHashSet<>();
            for (int i = 0, n = g.below(5); i < n; i++) {
                paths.add(g.pick(PATHS));
            }
            for (String path : paths) {
                Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
                for (int i = 0, n = g.below(7); i < n; i++) {
                    List<String> keyPath = new ArrayList<>();
                    for (int k = 0, depth = g.below(4); k < depth; k++) {
                        keyPath.add(g.chance(80) ? g.pick(keyParts) : g.string());
                    }
                    TypedValue value = g.value(3);
                    baseline.put(g.chance(40) ? Slot.member(keyPath, value) : Slot.key(keyPath), value);
                }
                FilePolicy policy = g.pick(List.of(FilePolicy.values()));
                boolean declined = g.chance(20);
                files.add(new ManagedFile(WorkspacePath.of(path), policy, baseline, declined));
                List<Map.Entry<Slot, TypedValue>> entries = new ArrayList<>(baseline.entrySet());
                Collections.reverse(entries);
                Map<Slot, TypedValue> reversed = new LinkedHashMap<>();
                entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
                reordered.add(0, new ManagedFile(WorkspacePath.of(path), policy, reversed, declined));
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0, n = g.below(3); i < n; i++) {
                options.put(g.string(), g.string());
            }
            LockedRequest request = new LockedRequest(strings(g), strings(g), strings(g), strings(g), options,
                    strings(g), strings(g), strings(g));
            String producer = g.string();
            return new Shuffled(new ProjectLock(1, producer, request, files),
                    new ProjectLock(1, producer, request, reordered));
        };
    }

    private static List<String> strings(GeneratedValues g) {
        List<String> items = new ArrayList<>();
        for (int i = 0, n = g.below(4); i < n; i++) {
            items.add(g.string());
        }
        return items;
    }

    @Test
    void readingWhatWasWrittenGivesTheSameLock() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(locks()).checkAssert(generated -> {
            ProjectLock lock = generated.lock();

            assertThat(LockCodec.read(LockCodec.write(lock))).isEqualTo(lock);
        });
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(locks()).checkAssert(generated -> {
            String text = LockCodec.write(generated.lock());

            assertThat(LockCodec.write(LockCodec.read(text))).isEqualTo(text);
        });
    }

    @Test
    void theOrderOfFilesAndSlotsDoesNotChangeTheBytes() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(locks()).checkAssert(generated -> {
            assertThat(LockCodec.write(generated.reordered())).isEqualTo(LockCodec.write(generated.lock()));
        });
    }

    @Test
    void theTextIsPlainLfTomlWithOneTrailingNewline() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(locks()).checkAssert(generated -> {
            String text = LockCodec.write(generated.lock());

            assertThat(text).startsWith(LockCodec.HEADER).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
            assertThat(text.codePoints().filter(c -> c != '\n' && LockText.invisible(c))).isEmpty();
            assertThat(org.tomlj.Toml.parse(text, org.tomlj.TomlVersion.V1_0_0).errors()).isEmpty();
        });
    }
}
