package dev.protostar;

import dev.protostar.api.Recipe;
import dev.protostar.api.Workspace;
import dev.protostar.core.format.Utf8Text;
import dev.protostar.core.lifecycle.LockCodec;
import dev.protostar.core.lifecycle.LockedRequest;
import dev.protostar.core.lifecycle.ProjectLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The facade's side of {@code protostar.lock}: the request it records, the lock of a workspace, drift. */
final class ProjectTracking {

    /** The request the lock records for {@code recipe}: what the person chose, as the recipe says it. */
    static LockedRequest request(Recipe recipe) {
        return new LockedRequest(recipe.languages(), recipe.tools(), recipe.presets(), recipe.modules(),
                recipe.options(), List.of(), List.of(), List.of());
    }

    /** The recipe of a request a lock recorded (checked like any recipe). */
    static Recipe recipe(LockedRequest request) {
        try {
            return new Recipe(request.languages(), request.tools(), request.presets(), request.modules(),
                    request.options());
        } catch (IllegalArgumentException e) {
            throw new dev.protostar.api.ConfigurationException("protostar.lock: its [request] is not one this"
                    + " Protostar can run: " + e.getMessage(),
                    "Write the recipe you want in .protostar.toml ([recipe]) or run `protostar init` with your flags;"
                            + " or restore the lock with `git checkout -- protostar.lock`.");
        }
    }

    /** The lock of {@code workspace}, read and checked, when it has one. */
    static Optional<ProjectLock> lockOf(Workspace workspace) {
        if (!workspace.isFile(ProjectLock.PATH)) {
            return Optional.empty();
        }
        return Optional.of(LockCodec.read(Utf8Text.decode(ProjectLock.PATH, workspace.read(ProjectLock.PATH))));
    }

    /** One sentence per difference between what the lock recorded and what is asked now. */
    static List<String> drift(LockedRequest recorded, LockedRequest now) {
        List<String> drift = new ArrayList<>();
        compare("language", recorded.languages(), now.languages(), drift);
        compare("tool", recorded.tools(), now.tools(), drift);
        compare("preset", recorded.presets(), now.presets(), drift);
        compare("module", recorded.modules(), now.modules(), drift);
        recorded.options().forEach((name, value) -> {
            String asked = now.options().get(name);
            if (asked == null) {
                drift.add("the option " + name + " (" + value + " in the lock) is no longer set");
            } else if (!Objects.equals(asked, value)) {
                drift.add("the option " + name + " changes from " + value + " to " + asked);
            }
        });
        now.options().forEach((name, value) -> {
            if (!recorded.options().containsKey(name)) {
                drift.add("the option " + name + " is set to " + value);
            }
        });
        return drift;
    }

    private static void compare(String noun, List<String> recorded, List<String> now, List<String> drift) {
        now.stream().filter(id -> !recorded.contains(id)).forEach(id -> drift.add("adds the " + noun + " " + id));
        recorded.stream().filter(id -> !now.contains(id)).forEach(id -> drift.add("drops the " + noun + " " + id));
    }
}
