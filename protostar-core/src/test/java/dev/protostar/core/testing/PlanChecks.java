package dev.protostar.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.ChangeKind;
import dev.protostar.api.Plan;
import dev.protostar.api.PlannedChange;
import dev.protostar.api.Workspace;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Checks that a plan describes exactly what a real run did to a copy of the same seed. */
public final class PlanChecks {

    private PlanChecks() {}

    /**
     * Asserts that {@code plan}, made on {@code seed}, lists exactly the entries that differ between
     * {@code seed} and {@code afterRun} (a copy of the seed after the real run), each with the
     * content the run left.
     */
    public static void assertPlanIsExact(Plan plan, Map<String, String> seed, Workspace afterRun) {
        Map<String, String> after = WorkspaceSnapshot.of(afterRun);
        Set<String> changed = new TreeSet<>();
        for (String key : union(seed.keySet(), after.keySet())) {
            if (!Objects.equals(seed.get(key), after.get(key))) {
                changed.add(key);
            }
        }
        Set<String> planned = new TreeSet<>();
        for (PlannedChange change : plan.changes()) {
            planned.add(change.path() + (change.isDirectory() ? "/" : ""));
        }
        assertThat(planned).as("the paths the plan changes are the paths the run changed").isEqualTo(changed);
        for (PlannedChange change : plan.changes()) {
            switch (change.kind()) {
                case CREATED, MODIFIED -> assertThat(afterRun.read(change.path()))
                        .as("content of %s after the run", change.path())
                        .containsExactly(change.after().orElseThrow().bytes());
                case DIRECTORY_CREATED -> assertThat(afterRun.isDirectory(change.path())).isTrue();
                case DELETED -> assertThat(plan.change(change.path()).map(PlannedChange::kind).orElseThrow() != ChangeKind.DELETED
                        || !afterRun.exists(change.path())).as("%s is gone", change.path()).isTrue();
            }
            change.before().flatMap(before -> before.text()).ifPresent(text ->
                    assertThat(seed.get(change.path().toString())).as("%s before", change.path()).isEqualTo(text));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
