package dev.protostar;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ModuleCategory;
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

    /** Modules a run adds by itself, which a request does not name (besides the system and configuration categories). */
    private static final List<String> IMPLICIT = List.of("recipe");

    private ProjectTracking() {}

    /** The request the lock records for {@code selected} modules and {@code options}. */
    static LockedRequest request(List<BootstrapModule> selected, Map<String, String> options) {
        List<String> languages = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        List<String> presets = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (BootstrapModule module : selected) {
            if (IMPLICIT.contains(module.id()) || module.category() == ModuleCategory.SYSTEM
                    || module.category() == ModuleCategory.CONFIGURATION) {
                continue;
            }
            if (module.category() == ModuleCategory.LANGUAGE) {
                languages.add(module.id());
            } else if (module.category() == ModuleCategory.TOOLING) {
                tools.add(module.id());
            } else if (module.category() == ModuleCategory.PRESET) {
                presets.add(module.id());
            } else {
                others.add(module.id());
            }
        }
        return new LockedRequest(languages, tools, presets, others, options, List.of(), List.of(), List.of());
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
