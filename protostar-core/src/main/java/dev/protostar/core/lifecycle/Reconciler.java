package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The three-way reconciliation of one file, pure: base (what the lock says Protostar wrote), local
 * (the file now) and desired (what the current request produces), slot by slot.
 *
 * <ul>
 *   <li>not owned: absent → added and owned; equal to desired → left alone and <em>not</em> claimed;
 *       different → the user's value is kept (overwritten and owned only when {@code claimUnowned});
 *   <li>owned and unedited (local = base): desired → updated; no longer desired → retracted;
 *   <li>owned and edited: desired unchanged → preserved; desired equal to the edit → converged;
 *       otherwise a {@link Conflict} (retracted when desired is absent), left as it is unless decided.
 * </ul>
 *
 * Equality is type-strict ({@link TypedValue} records) and "missing" is distinct from any value.
 */
public final class Reconciler {

    /** Combines the user's and Protostar's values for {@link Choice#BOTH}; empty when the two cannot be combined. */
    @FunctionalInterface
    public interface BothCombiner {
        /** The value that keeps both {@code local} and {@code desired}, or empty. */
        Optional<TypedValue> combine(TypedValue local, TypedValue desired);
    }

    private Reconciler() {}

    /**
     * Reconciles one file.
     *
     * @param decisions the person's decision for a conflict, if any (by the conflict itself: id or address)
     * @param claimUnowned whether a value Protostar does not own and that differs from desired is
     *     overwritten (the collision decision was overwrite) rather than kept
     * @param both combines two values for {@link Choice#BOTH}
     */
    public static FileReconciliation reconcile(WorkspacePath path, Map<Slot, TypedValue> base,
            Map<Slot, TypedValue> local, Map<Slot, TypedValue> desired, Function<Conflict, Optional<Choice>> decisions,
            boolean claimUnowned, BothCombiner both) {
        Objects.requireNonNull(decisions, "decisions");
        Set<Slot> slots = new LinkedHashSet<>(base.keySet());
        slots.addAll(desired.keySet());
        List<SlotEdit> removals = new ArrayList<>();
        List<SlotEdit> puts = new ArrayList<>();
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        List<SlotOutcome> outcomes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (Slot slot : slots) {
            Optional<TypedValue> b = Optional.ofNullable(base.get(slot));
            Optional<TypedValue> l = Optional.ofNullable(local.get(slot));
            Optional<TypedValue> d = Optional.ofNullable(desired.get(slot));
            if (b.isEmpty()) {
                TypedValue want = d.orElseThrow();
                if (l.isEmpty()) {
                    puts.add(new SlotEdit.Put(slot, want));
                    baseline.put(slot, want);
                    outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.ADDED, l, d));
                } else if (!l.equals(d)) {
                    if (claimUnowned) {
                        puts.add(new SlotEdit.Put(slot, want));
                        baseline.put(slot, want);
                        outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.OVERWRITTEN, l, d));
                    } else {
                        outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.KEPT, l, l));
                    }
                }
                continue;
            }
            if (l.equals(b)) {
                if (d.isEmpty()) {
                    removals.add(new SlotEdit.Remove(slot));
                    outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.RETRACTED, l, d));
                } else if (d.equals(b)) {
                    baseline.put(slot, b.get());
                } else {
                    puts.add(new SlotEdit.Put(slot, d.get()));
                    baseline.put(slot, d.get());
                    outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.UPDATED, l, d));
                }
                continue;
            }
            if (d.equals(l)) {
                d.ifPresent(value -> baseline.put(slot, value)); // both sides made the same change
                continue;
            }
            if (d.equals(b)) {
                baseline.put(slot, b.get());
                outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.PRESERVED, l, l));
                continue;
            }
            Conflict conflict = Conflict.of(path, slot, d.isEmpty() ? Conflict.Kind.RETRACTED : Conflict.Kind.CHANGED,
                    b, l, d);
            Optional<Choice> choice = decisions.apply(conflict);
            if (choice.isEmpty()) {
                conflicts.add(conflict);
                baseline.put(slot, b.get());
                continue;
            }
            switch (choice.get()) {
                case LOCAL -> {
                    d.ifPresent(value -> baseline.put(slot, value)); // acknowledged: preserved from now on
                    outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.RESOLVED, l, l));
                }
                case DESIRED -> {
                    if (d.isPresent()) {
                        puts.add(new SlotEdit.Put(slot, d.get()));
                        baseline.put(slot, d.get());
                    } else {
                        removals.add(new SlotEdit.Remove(slot));
                    }
                    outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.RESOLVED, l, d));
                }
                case BOTH -> {
                    Optional<TypedValue> combined = l.isPresent() && d.isPresent()
                            ? both.combine(l.get(), d.get()) : Optional.empty();
                    if (combined.isEmpty()) {
                        refused.put(conflict.id(), "`both` keeps two texts side by side and applies to a changed"
                                + " text region only; " + conflict.address() + " needs `local` or `desired`.");
                        conflicts.add(conflict);
                        baseline.put(slot, b.get());
                    } else {
                        if (!combined.equals(l)) { // the file may already hold Protostar's lines too
                            puts.add(new SlotEdit.Put(slot, combined.get()));
                        }
                        baseline.put(slot, d.get());
                        outcomes.add(new SlotOutcome(slot, SlotOutcome.Kind.RESOLVED, l, combined));
                    }
                }
            }
        }
        Comparator<SlotEdit> deepestFirst = Comparator.comparingInt(edit -> -edit.slot().keyPath().size());
        removals.sort(deepestFirst);
        List<SlotEdit> edits = new ArrayList<>(removals);
        edits.addAll(puts);
        return new FileReconciliation(path, edits, baseline, outcomes, conflicts, refused);
    }

    /** {@link Choice#BOTH} for text: {@code local}'s lines, then {@code desired}'s lines that {@code local} lacks. */
    public static Optional<TypedValue> bothTexts(TypedValue local, TypedValue desired) {
        if (!(local instanceof TypedValue.Str mine) || !(desired instanceof TypedValue.Str theirs)) {
            return Optional.empty();
        }
        Set<String> have = new LinkedHashSet<>(mine.value().lines().toList());
        StringBuilder out = new StringBuilder(mine.value());
        for (String line : theirs.value().lines().toList()) {
            if (have.add(line)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(line).append('\n');
            }
        }
        return Optional.of(new TypedValue.Str(out.toString()));
    }
}
