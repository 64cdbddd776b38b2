package dev.protostar.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the three-way {@link Reconciler} over generated base, local and desired slot maps.
 * The key universe is small so the three sides overlap; values are type-strict look-alikes
 * ({@code 1}, {@code 1.0}, {@code "1"}); a file is modelled as its slot map, and the edits are
 * applied to it in memory.
 */
class ReconcilerPropertiesTest {

    private static final long SEED = 20_261_206L;
    private static final int EXAMPLES = Integer.getInteger("protostar.examples", 1000);
    private static final WorkspacePath FILE = WorkspacePath.of("pyproject.toml");

    private static final List<Slot> KEY_SLOTS = List.of(Slot.key(List.of("a")), Slot.key(List.of("b")),
            Slot.key(List.of("t", "x")), Slot.key(List.of("t", "y")), Slot.key(List.of()));
    private static final List<TypedValue> VALUES = List.of(new TypedValue.Int(1), new TypedValue.Flt(1.0),
            new TypedValue.Str("1"), new TypedValue.Int(2), new TypedValue.Str("line one\n"),
            new TypedValue.Str("line two\nline one\n"), new TypedValue.Bool(true), new TypedValue.Null(),
            TypedValue.array(List.of(new TypedValue.Int(1))), new TypedValue.Tbl(Map.of()));
    private static final List<TypedValue> MEMBERS = List.of(new TypedValue.Str("E"), new TypedValue.Str("F"),
            new TypedValue.Int(1), new TypedValue.Str("1"));
    private static final List<Slot> MEMBER_SLOTS = MEMBERS.stream().map(m -> Slot.member(List.of("m"), m)).toList();

    /** One file's three sides, decisions drawn per conflict kind, and the collision decision for unowned values. */
    record Sides(Map<Slot, TypedValue> base, Map<Slot, TypedValue> local, Map<Slot, TypedValue> desired,
            Map<Slot, Choice> decisions, boolean claimUnowned) {

        Function<Conflict, Optional<Choice>> decider() {
            return conflict -> Optional.ofNullable(decisions.get(conflict.slot()));
        }

        FileReconciliation reconcile() {
            return Reconciler.reconcile(FILE, base, local, desired, decider(), claimUnowned, Reconciler::bothTexts);
        }

        FileReconciliation reconcileUndecided() {
            return Reconciler.reconcile(FILE, base, local, desired, c -> Optional.empty(), claimUnowned,
                    Reconciler::bothTexts);
        }
    }

    /** A slot map over the universe: each slot present with some chance; a member slot's value is its member. */
    private static Map<Slot, TypedValue> slots(GeneratedValues g, int percent) {
        Map<Slot, TypedValue> map = new LinkedHashMap<>();
        for (Slot slot : KEY_SLOTS) {
            if (g.chance(percent)) {
                map.put(slot, g.pick(VALUES));
            }
        }
        for (Slot slot : MEMBER_SLOTS) {
            if (g.chance(percent)) {
                map.put(slot, slot.member().orElseThrow());
            }
        }
        return map;
    }

    /** A side derived from {@code from}: each slot kept, changed, dropped, or added. */
    private static Map<Slot, TypedValue> variant(GeneratedValues g, Map<Slot, TypedValue> from, int churn) {
        Map<Slot, TypedValue> map = new LinkedHashMap<>();
        for (Slot slot : KEY_SLOTS) {
            boolean churned = g.chance(churn);
            if (from.containsKey(slot) && !churned) {
                map.put(slot, from.get(slot));
            } else if (churned && g.chance(60)) {
                map.put(slot, g.pick(VALUES));
            }
        }
        for (Slot slot : MEMBER_SLOTS) {
            boolean present = from.containsKey(slot) != g.chance(churn);
            if (present) {
                map.put(slot, slot.member().orElseThrow());
            }
        }
        return map;
    }

    private static Gen<Sides> sides() {
        return in -> {
            GeneratedValues g = new GeneratedValues(in);
            Map<Slot, TypedValue> base = slots(g, 50);
            Map<Slot, TypedValue> local = variant(g, base, 35);
            Map<Slot, TypedValue> desired = variant(g, base, 35);
            Map<Slot, Choice> decisions = new HashMap<>();
            for (Slot slot : KEY_SLOTS) {
                if (g.chance(60)) {
                    decisions.put(slot, g.pick(List.of(Choice.values())));
                }
            }
            return new Sides(base, local, desired, decisions, g.chance(30));
        };
    }

    /** The file after the edits, modelled as its slot map. */
    static Map<Slot, TypedValue> apply(Map<Slot, TypedValue> local, List<SlotEdit> edits) {
        Map<Slot, TypedValue> file = new LinkedHashMap<>(local);
        for (SlotEdit edit : edits) {
            if (edit instanceof SlotEdit.Put put) {
                file.put(put.slot(), put.value());
            } else {
                file.remove(edit.slot());
            }
        }
        return file;
    }

    private static Set<Slot> union(Sides sides) {
        Set<Slot> all = new LinkedHashSet<>(sides.base().keySet());
        all.addAll(sides.local().keySet());
        all.addAll(sides.desired().keySet());
        return all;
    }

    private static Optional<TypedValue> at(Map<Slot, TypedValue> map, Slot slot) {
        return Optional.ofNullable(map.get(slot));
    }

    @Test
    void reconcilingTheResultAgainChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            FileReconciliation first = sides.reconcile();
            Map<Slot, TypedValue> after = apply(sides.local(), first.edits());

            FileReconciliation second = Reconciler.reconcile(FILE, first.baseline(), after, sides.desired(),
                    c -> Optional.empty(), sides.claimUnowned(), Reconciler::bothTexts);

            assertThat(second.edits()).isEmpty();
            assertThat(second.baseline()).isEqualTo(first.baseline());
            assertThat(second.conflicts()).isEqualTo(first.conflicts());
        });
    }

    @Test
    void withoutUserEditsTheFileConvergesOnDesired() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            FileReconciliation result = Reconciler.reconcile(FILE, sides.base(), sides.base(), sides.desired(),
                    sides.decider(), sides.claimUnowned(), Reconciler::bothTexts);

            assertThat(apply(sides.base(), result.edits())).isEqualTo(sides.desired());
            assertThat(result.baseline()).isEqualTo(sides.desired());
            assertThat(result.conflicts()).isEmpty();
        });
    }

    @Test
    void noUserEditIsLostWithoutADecision() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            FileReconciliation result = sides.reconcileUndecided();
            Map<Slot, TypedValue> after = apply(sides.local(), result.edits());

            for (Slot slot : union(sides)) {
                Optional<TypedValue> b = at(sides.base(), slot);
                Optional<TypedValue> l = at(sides.local(), slot);
                Optional<TypedValue> d = at(sides.desired(), slot);
                boolean overwriteDecided = sides.claimUnowned() && b.isEmpty();
                if (!l.equals(b) && !l.equals(d) && !overwriteDecided) {
                    assertThat(at(after, slot)).as("user's value at %s", slot.display()).isEqualTo(l);
                }
            }
        });
    }

    @Test
    void aRetractionLeavesNoOwnedUneditedTrace() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            FileReconciliation result = sides.reconcile();
            Map<Slot, TypedValue> after = apply(sides.local(), result.edits());

            for (Slot slot : union(sides)) {
                if (sides.desired().containsKey(slot)) {
                    continue;
                }
                if (sides.base().containsKey(slot) && sides.base().get(slot).equals(sides.local().get(slot))) {
                    assertThat(after).as("retracted %s", slot.display()).doesNotContainKey(slot);
                }
                if (result.baseline().containsKey(slot)) {
                    assertThat(at(after, slot)).as("owned, undesired %s", slot.display())
                            .isNotEqualTo(at(result.baseline(), slot));
                }
            }
        });
    }

    @Test
    void aValueTheUserAlreadyHadIsNeverClaimed() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            FileReconciliation result = sides.reconcile();

            for (Slot slot : sides.desired().keySet()) {
                boolean unowned = !sides.base().containsKey(slot);
                TypedValue mine = sides.local().get(slot);
                if (unowned && mine != null && mine.equals(sides.desired().get(slot))) {
                    assertThat(result.baseline()).as("adopted %s", slot.display()).doesNotContainKey(slot);
                    assertThat(result.edits()).extracting(SlotEdit::slot).doesNotContain(slot);
                }
                if (unowned && mine != null && !mine.equals(sides.desired().get(slot)) && !sides.claimUnowned()) {
                    assertThat(result.baseline()).as("kept %s", slot.display()).doesNotContainKey(slot);
                }
            }
        });
    }

    @Test
    void conflictIdsAreStableAndFollowEverySide() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides(), sides()).checkAssert((one, other) -> {
            FileReconciliation first = one.reconcileUndecided();

            assertThat(one.reconcileUndecided().conflicts()).isEqualTo(first.conflicts());
            for (Conflict conflict : first.conflicts()) {
                assertThat(conflict.id()).matches("c-[0-9a-f]{10}");
                assertThat(conflict.id()).isEqualTo(Conflict.idOf(conflict.path(), conflict.slot(), conflict.base(),
                        conflict.local(), conflict.desired()));
            }
            for (Slot slot : KEY_SLOTS) {
                List<Optional<TypedValue>> mine = List.of(at(one.base(), slot), at(one.local(), slot),
                        at(one.desired(), slot));
                List<Optional<TypedValue>> theirs = List.of(at(other.base(), slot), at(other.local(), slot),
                        at(other.desired(), slot));
                String a = Conflict.idOf(FILE, slot, mine.get(0), mine.get(1), mine.get(2));
                String b = Conflict.idOf(FILE, slot, theirs.get(0), theirs.get(1), theirs.get(2));
                assertThat(a.equals(b)).as("ids of %s and %s", mine, theirs).isEqualTo(mine.equals(theirs));
                assertThat(Conflict.idOf(WorkspacePath.of("other.toml"), slot, mine.get(0), mine.get(1), mine.get(2)))
                        .isNotEqualTo(a);
            }
        });
    }

    @Test
    void decisionsDoWhatTheySay() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            List<Conflict> open = sides.reconcileUndecided().conflicts();
            FileReconciliation result = sides.reconcile();
            Map<Slot, TypedValue> after = apply(sides.local(), result.edits());
            FileReconciliation again = Reconciler.reconcile(FILE, result.baseline(), after, sides.desired(),
                    c -> Optional.empty(), sides.claimUnowned(), Reconciler::bothTexts);

            for (Conflict conflict : open) {
                Slot slot = conflict.slot();
                Choice choice = sides.decisions().get(slot);
                if (choice == null) {
                    assertThat(result.conflicts()).contains(conflict);
                    assertThat(at(after, slot)).isEqualTo(conflict.local());
                    continue;
                }
                switch (choice) {
                    case LOCAL -> {
                        assertThat(at(after, slot)).isEqualTo(conflict.local());
                        assertThat(again.conflicts()).extracting(Conflict::slot).doesNotContain(slot);
                    }
                    case DESIRED -> assertThat(at(after, slot)).isEqualTo(conflict.desired());
                    case BOTH -> {
                        Optional<TypedValue> combined = conflict.local().isPresent() && conflict.desired().isPresent()
                                ? Reconciler.bothTexts(conflict.local().get(), conflict.desired().get())
                                : Optional.empty();
                        if (combined.isPresent()) {
                            assertThat(at(after, slot)).isEqualTo(combined);
                            String text = ((TypedValue.Str) combined.get()).value();
                            assertThat(text).startsWith(((TypedValue.Str) conflict.local().get()).value());
                            assertThat(text.lines()).containsAll(
                                    ((TypedValue.Str) conflict.desired().get()).value().lines().toList());
                        } else {
                            assertThat(result.refused()).containsKey(conflict.id());
                            assertThat(result.conflicts()).contains(conflict);
                            assertThat(at(after, slot)).isEqualTo(conflict.local());
                        }
                    }
                }
                if (!result.conflicts().contains(conflict)) {
                    assertThat(again.conflicts()).extracting(Conflict::slot).doesNotContain(slot);
                }
            }
        });
    }

    @Test
    void aLocalDecisionHoldsUntilProtostarsValueChangesAgain() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            FileReconciliation undecided = sides.reconcileUndecided();
            for (Conflict conflict : undecided.conflicts()) {
                if (conflict.desired().isEmpty()) {
                    continue;
                }
                FileReconciliation kept = Reconciler.reconcile(FILE, sides.base(), sides.local(), sides.desired(),
                        c -> c.equals(conflict) ? Optional.of(Choice.LOCAL) : Optional.empty(), sides.claimUnowned(),
                        Reconciler::bothTexts);
                Map<Slot, TypedValue> after = apply(sides.local(), kept.edits());
                for (TypedValue next : VALUES) {
                    Map<Slot, TypedValue> desired = new LinkedHashMap<>(sides.desired());
                    desired.put(conflict.slot(), next);
                    FileReconciliation later = Reconciler.reconcile(FILE, kept.baseline(), after, desired,
                            c -> Optional.empty(), sides.claimUnowned(), Reconciler::bothTexts);
                    boolean conflicted = later.conflicts().stream().anyMatch(c -> c.slot().equals(conflict.slot()));
                    boolean changedAgain = !next.equals(conflict.desired().get()) && !Optional.of(next).equals(conflict.local());
                    assertThat(conflicted).as("desired %s after keeping %s", next.display(), conflict.local())
                            .isEqualTo(changedAgain);
                }
            }
        });
    }

    @Test
    void everyEditChangesTheFile() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            for (SlotEdit edit : sides.reconcile().edits()) {
                if (edit instanceof SlotEdit.Put put) {
                    assertThat(at(sides.local(), put.slot())).as("put at %s", put.slot().display())
                            .isNotEqualTo(Optional.of(put.value()));
                } else {
                    assertThat(sides.local()).as("removal at %s", edit.slot().display()).containsKey(edit.slot());
                }
            }
        });
    }

    @Test
    void editsRemoveBeforeTheyPutAndDeepestFirst() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(sides()).checkAssert(sides -> {
            List<SlotEdit> edits = sides.reconcile().edits();
            List<SlotEdit> removals = new ArrayList<>();
            boolean putSeen = false;
            for (SlotEdit edit : edits) {
                if (edit instanceof SlotEdit.Put) {
                    putSeen = true;
                } else {
                    assertThat(putSeen).as("a removal after a put in %s", edits).isFalse();
                    removals.add(edit);
                }
            }
            for (int i = 1; i < removals.size(); i++) {
                assertThat(removals.get(i).slot().keyPath().size())
                        .isLessThanOrEqualTo(removals.get(i - 1).slot().keyPath().size());
            }
        });
    }
}
