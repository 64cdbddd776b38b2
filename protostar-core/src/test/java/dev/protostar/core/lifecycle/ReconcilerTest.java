package dev.protostar.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Reconciler}, one hand-written case per row of its rules table, and the decisions. */
class ReconcilerTest {

    private static final WorkspacePath FILE = WorkspacePath.of("pyproject.toml");
    private static final Slot LINE_LENGTH = Slot.key(List.of("tool", "ruff", "line-length"));
    private static final Slot REGION = Slot.key(List.of("python"));
    private static final TypedValue N88 = new TypedValue.Int(88);
    private static final TypedValue N100 = new TypedValue.Int(100);
    private static final TypedValue N120 = new TypedValue.Int(120);

    /** Builds one slot's three sides ({@code null} = absent) and reconciles them. */
    private static FileReconciliation one(Slot slot, TypedValue base, TypedValue local, TypedValue desired) {
        return one(slot, base, local, desired, null, false);
    }

    private static FileReconciliation one(Slot slot, TypedValue base, TypedValue local, TypedValue desired,
            Choice choice, boolean claimUnowned) {
        return Reconciler.reconcile(FILE, side(slot, base), side(slot, local), side(slot, desired),
                conflict -> Optional.ofNullable(choice), claimUnowned, Reconciler::bothTexts);
    }

    private static Map<Slot, TypedValue> side(Slot slot, TypedValue value) {
        Map<Slot, TypedValue> map = new HashMap<>();
        if (value != null) {
            map.put(slot, value);
        }
        return map;
    }

    private static SlotOutcome outcome(Slot slot, SlotOutcome.Kind kind, TypedValue before, TypedValue after) {
        return new SlotOutcome(slot, kind, Optional.ofNullable(before), Optional.ofNullable(after));
    }

    // --- not owned (no base) ----------------------------------------------------------------------

    @Test
    void notOwnedAndAbsentIsAddedAndOwned() {
        FileReconciliation result = one(LINE_LENGTH, null, null, N88);

        assertThat(result.edits()).containsExactly(new SlotEdit.Put(LINE_LENGTH, N88));
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.ADDED, null, N88));
        assertThat(result.inStep()).isFalse();
    }

    @Test
    void notOwnedAndEqualToDesiredIsLeftAloneAndNotClaimed() {
        FileReconciliation result = one(LINE_LENGTH, null, N88, N88);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).isEmpty();
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.inStep()).isTrue();
    }

    @Test
    void notOwnedAndDifferentIsKept() {
        FileReconciliation result = one(LINE_LENGTH, null, N100, N88);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).isEmpty();
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.KEPT, N100, N100));
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void notOwnedAndDifferentIsOverwrittenWhenTheCollisionDecisionSaysSo() {
        FileReconciliation result = one(LINE_LENGTH, null, N100, N88, null, true);

        assertThat(result.edits()).containsExactly(new SlotEdit.Put(LINE_LENGTH, N88));
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.OVERWRITTEN, N100, N88));
    }

    @Test
    void typesAreStrict() {
        FileReconciliation result = one(LINE_LENGTH, null, new TypedValue.Flt(88.0), N88);
        FileReconciliation asText = one(LINE_LENGTH, null, new TypedValue.Str("88"), N88);

        assertThat(result.outcomes()).extracting(SlotOutcome::kind).containsExactly(SlotOutcome.Kind.KEPT);
        assertThat(asText.outcomes()).extracting(SlotOutcome::kind).containsExactly(SlotOutcome.Kind.KEPT);
    }

    // --- owned, unedited (local = base) -------------------------------------------------------------

    @Test
    void ownedUneditedAndStillDesiredIsInStep() {
        FileReconciliation result = one(LINE_LENGTH, N88, N88, N88);

        assertThat(result.inStep()).isTrue();
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
    }

    @Test
    void ownedUneditedWithANewDesiredValueIsUpdated() {
        FileReconciliation result = one(LINE_LENGTH, N88, N88, N100);

        assertThat(result.edits()).containsExactly(new SlotEdit.Put(LINE_LENGTH, N100));
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N100));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.UPDATED, N88, N100));
    }

    @Test
    void ownedUneditedAndNoLongerDesiredIsRetracted() {
        FileReconciliation result = one(LINE_LENGTH, N88, N88, null);

        assertThat(result.edits()).containsExactly(new SlotEdit.Remove(LINE_LENGTH));
        assertThat(result.baseline()).isEmpty();
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.RETRACTED, N88, null));
    }

    // --- owned, edited by the user ------------------------------------------------------------------

    @Test
    void editedWithDesiredUnchangedIsPreserved() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, N88);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.PRESERVED, N100, N100));
        assertThat(result.inStep()).isTrue();
    }

    @Test
    void deletedByTheUserWithDesiredUnchangedStaysDeleted() {
        FileReconciliation result = one(LINE_LENGTH, N88, null, N88);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.PRESERVED, null, null));
    }

    @Test
    void editedToWhatProtostarNowWantsConverges() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, N100);

        assertThat(result.inStep()).isTrue();
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N100));
    }

    @Test
    void deletedByTheUserAndNoLongerDesiredConvergesAndIsNoLongerOwned() {
        FileReconciliation result = one(LINE_LENGTH, N88, null, null);

        assertThat(result.inStep()).isTrue();
        assertThat(result.baseline()).isEmpty();
    }

    @Test
    void bothChangedIsAConflictAndTheFileKeepsTheUsersValue() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, N120);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
        assertThat(result.conflicts()).containsExactly(Conflict.of(FILE, LINE_LENGTH, Conflict.Kind.CHANGED,
                Optional.of(N88), Optional.of(N100), Optional.of(N120)));
        assertThat(result.inStep()).isFalse();
        assertThat(result.conflicts().get(0).address()).isEqualTo("pyproject.toml:tool.ruff.line-length");
    }

    @Test
    void deletedByTheUserWhileProtostarChangedIsAConflict() {
        FileReconciliation result = one(LINE_LENGTH, N88, null, N120);

        assertThat(result.edits()).isEmpty();
        assertThat(result.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.CHANGED);
        assertThat(result.conflicts().get(0).local()).isEmpty();
    }

    @Test
    void editedAndNoLongerDesiredIsARetractedConflict() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, null);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
        assertThat(result.conflicts()).containsExactly(Conflict.of(FILE, LINE_LENGTH, Conflict.Kind.RETRACTED,
                Optional.of(N88), Optional.of(N100), Optional.empty()));
        assertThat(Conflict.Kind.RETRACTED.id()).isEqualTo("retracted");
    }

    @Test
    void aChangeOfTypeAloneIsAUserEdit() {
        FileReconciliation result = one(LINE_LENGTH, N88, new TypedValue.Flt(88.0), N100);

        assertThat(result.conflicts()).hasSize(1);
    }

    // --- decisions ------------------------------------------------------------------------------------

    @Test
    void localKeepsTheUsersValueAndAcknowledgesProtostars() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, N120, Choice.LOCAL, false);

        assertThat(result.edits()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N120));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.RESOLVED, N100, N100));
        assertThat(one(LINE_LENGTH, N120, N100, N120).outcomes()).extracting(SlotOutcome::kind)
                .containsExactly(SlotOutcome.Kind.PRESERVED);
    }

    @Test
    void localOnARetractionLeavesTheValueToTheUser() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, null, Choice.LOCAL, false);

        assertThat(result.edits()).isEmpty();
        assertThat(result.baseline()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void desiredWritesProtostarsValue() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, N120, Choice.DESIRED, false);

        assertThat(result.edits()).containsExactly(new SlotEdit.Put(LINE_LENGTH, N120));
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N120));
        assertThat(result.outcomes()).containsExactly(outcome(LINE_LENGTH, SlotOutcome.Kind.RESOLVED, N100, N120));
    }

    @Test
    void desiredOnARetractionRemovesTheUsersEditedValue() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, null, Choice.DESIRED, false);

        assertThat(result.edits()).containsExactly(new SlotEdit.Remove(LINE_LENGTH));
        assertThat(result.baseline()).isEmpty();
    }

    @Test
    void bothKeepsTheUsersLinesThenProtostarsNewOnes() {
        TypedValue base = new TypedValue.Str("source .venv/bin/activate\n");
        TypedValue local = new TypedValue.Str("source .venv/bin/activate\nexport DEBUG=1\n");
        TypedValue desired = new TypedValue.Str("source .venv/bin/activate\nexport PYTHONPATH=src\n");

        FileReconciliation result = one(REGION, base, local, desired, Choice.BOTH, false);

        TypedValue combined = new TypedValue.Str("source .venv/bin/activate\nexport DEBUG=1\nexport PYTHONPATH=src\n");
        assertThat(result.edits()).containsExactly(new SlotEdit.Put(REGION, combined));
        assertThat(result.baseline()).containsExactly(Map.entry(REGION, desired));
        assertThat(result.outcomes()).containsExactly(outcome(REGION, SlotOutcome.Kind.RESOLVED, local, combined));
    }

    @Test
    void bothMakesNoEditWhenTheFileAlreadyHoldsProtostarsLines() {
        TypedValue base = new TypedValue.Str("a\n");
        TypedValue local = new TypedValue.Str("b\nc\n");
        TypedValue desired = new TypedValue.Str("c\n");

        FileReconciliation result = one(REGION, base, local, desired, Choice.BOTH, false);

        assertThat(result.edits()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.baseline()).containsExactly(Map.entry(REGION, desired));
        assertThat(result.outcomes()).containsExactly(outcome(REGION, SlotOutcome.Kind.RESOLVED, local, local));
    }

    @Test
    void bothOnANumberIsRefusedAndTheConflictStays() {
        FileReconciliation result = one(LINE_LENGTH, N88, N100, N120, Choice.BOTH, false);

        assertThat(result.edits()).isEmpty();
        assertThat(result.conflicts()).hasSize(1);
        String id = result.conflicts().get(0).id();
        assertThat(result.refused()).containsExactly(Map.entry(id, "`both` keeps two texts side by side and applies"
                + " to a changed text region only; pyproject.toml:tool.ruff.line-length needs `local` or `desired`."));
        assertThat(result.baseline()).containsExactly(Map.entry(LINE_LENGTH, N88));
    }

    @Test
    void bothOnARetractionIsRefused() {
        FileReconciliation result = one(REGION, new TypedValue.Str("a\n"), new TypedValue.Str("b\n"), null,
                Choice.BOTH, false);

        assertThat(result.refused()).hasSize(1);
        assertThat(result.edits()).isEmpty();
    }

    @Test
    void bothTextsAddsAMissingFinalNewlineBeforeAppending() {
        assertThat(Reconciler.bothTexts(new TypedValue.Str("a"), new TypedValue.Str("b\na\n")))
                .contains(new TypedValue.Str("a\nb\n"));
        assertThat(Reconciler.bothTexts(new TypedValue.Str(""), new TypedValue.Str("x\n")))
                .contains(new TypedValue.Str("x\n"));
        assertThat(Reconciler.bothTexts(new TypedValue.Int(1), new TypedValue.Str("x"))).isEmpty();
    }

    // --- members, ordering and ids ----------------------------------------------------------------------

    @Test
    void membersAreOwnedOneByOne() {
        List<String> select = List.of("tool", "ruff", "lint", "select");
        Slot e = Slot.member(select, new TypedValue.Str("E"));
        Slot f = Slot.member(select, new TypedValue.Str("F"));
        Slot mine = Slot.member(select, new TypedValue.Str("B"));
        Slot i = Slot.member(select, new TypedValue.Str("I"));
        Map<Slot, TypedValue> base = new LinkedHashMap<>();
        base.put(e, e.member().orElseThrow());
        base.put(f, f.member().orElseThrow());
        Map<Slot, TypedValue> local = new LinkedHashMap<>(base);
        local.put(mine, mine.member().orElseThrow());
        Map<Slot, TypedValue> desired = new LinkedHashMap<>();
        desired.put(e, e.member().orElseThrow());
        desired.put(i, i.member().orElseThrow());

        FileReconciliation result = Reconciler.reconcile(FILE, base, local, desired, c -> Optional.empty(), false,
                Reconciler::bothTexts);

        assertThat(result.edits()).containsExactly(new SlotEdit.Remove(f), new SlotEdit.Put(i, new TypedValue.Str("I")));
        assertThat(result.baseline()).containsOnlyKeys(e, i);
    }

    @Test
    void removalsComeFirstDeepestFirst() {
        Slot shallow = Slot.key(List.of("a"));
        Slot deep = Slot.key(List.of("t", "u", "v"));
        Slot added = Slot.key(List.of("b"));
        Map<Slot, TypedValue> base = new LinkedHashMap<>();
        base.put(shallow, N88);
        base.put(deep, N88);

        FileReconciliation result = Reconciler.reconcile(FILE, base, base, Map.of(added, N88), c -> Optional.empty(),
                false, Reconciler::bothTexts);

        assertThat(result.edits()).containsExactly(new SlotEdit.Remove(deep), new SlotEdit.Remove(shallow),
                new SlotEdit.Put(added, N88));
    }

    @Test
    void conflictIdsAreShortStableHashesOfEverySide() {
        String id = Conflict.idOf(FILE, LINE_LENGTH, Optional.of(N88), Optional.of(N100), Optional.of(N120));

        assertThat(id).matches("c-[0-9a-f]{10}");
        assertThat(Conflict.idOf(FILE, LINE_LENGTH, Optional.of(N88), Optional.of(N100), Optional.of(N120))).isEqualTo(id);
        assertThat(List.of(
                Conflict.idOf(WorkspacePath.of("ruff.toml"), LINE_LENGTH, Optional.of(N88), Optional.of(N100), Optional.of(N120)),
                Conflict.idOf(FILE, REGION, Optional.of(N88), Optional.of(N100), Optional.of(N120)),
                Conflict.idOf(FILE, LINE_LENGTH, Optional.of(N100), Optional.of(N100), Optional.of(N120)),
                Conflict.idOf(FILE, LINE_LENGTH, Optional.of(N88), Optional.empty(), Optional.of(N120)),
                Conflict.idOf(FILE, LINE_LENGTH, Optional.of(N88), Optional.of(N100), Optional.of(new TypedValue.Flt(120))),
                Conflict.idOf(FILE, LINE_LENGTH, Optional.of(N88), Optional.of(N100), Optional.empty())))
                .doesNotContain(id).doesNotHaveDuplicates();
    }

    @Test
    void choicesParseCaseInsensitively() {
        assertThat(Choice.parse("Local")).contains(Choice.LOCAL);
        assertThat(Choice.parse("DESIRED")).contains(Choice.DESIRED);
        assertThat(Choice.parse("both")).contains(Choice.BOTH);
        assertThat(Choice.parse("mine")).isEmpty();
    }
}
