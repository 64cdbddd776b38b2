package dev.protostar.core.lifecycle;

import dev.protostar.api.WorkspacePath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a run treats {@code protostar.lock}.
 *
 * @param tracked whether the run reads the lock (a project that has one is kept in step with it) and
 *     writes it; an untracked run behaves as Protostar did before the lock existed
 * @param request the request as the person chose it, recorded in the lock (the run adds the
 *     dependencies it installed and the tasks that ran)
 * @param decisions conflict decisions, keyed by conflict id ({@code c-…}) or address ({@code path:key})
 * @param restore files the user deleted that should be written again
 */
public record Lifecycle(boolean tracked, LockedRequest request, Map<String, Choice> decisions,
        Set<WorkspacePath> restore) {

    public Lifecycle {
        Objects.requireNonNull(request, "request");
        decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        restore = Set.copyOf(restore);
    }

    /** A run that neither reads nor writes a lock. */
    public static Lifecycle untracked() {
        return new Lifecycle(false, LockedRequest.empty(), Map.of(), Set.of());
    }

    /** A tracked run of {@code request}, with no decisions. */
    public static Lifecycle tracked(LockedRequest request) {
        return new Lifecycle(true, request, Map.of(), Set.of());
    }

    /** This lifecycle with {@code decisions} and {@code restore}. */
    public Lifecycle with(Map<String, Choice> decisions, Set<WorkspacePath> restore) {
        return new Lifecycle(tracked, request, decisions, restore);
    }
}
