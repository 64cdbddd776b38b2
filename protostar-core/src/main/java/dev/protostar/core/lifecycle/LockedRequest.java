package dev.protostar.core.lifecycle;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request a lock was written for, as the person chose it.
 *
 * @param languages language module ids in registry order ({@code python}, {@code rust}, ...)
 * @param tools tool module ids switched on, registry order
 * @param presets preset ids
 * @param modules ids of other modules the host selected
 * @param options further choices by name ({@code package_manager}, {@code python_version}, {@code ide},
 *     {@code node_package_manager}), sorted by name
 * @param dependencies runtime dependencies installed, as declared
 * @param devDependencies development dependencies installed, as declared
 * @param tasks command lines of the set-up tasks that ran to completion ({@code git init}), so a sync
 *     does not run them again
 */
public record LockedRequest(List<String> languages, List<String> tools, List<String> presets, List<String> modules,
        Map<String, String> options, List<String> dependencies, List<String> devDependencies, List<String> tasks) {

    public LockedRequest {
        languages = List.copyOf(languages);
        tools = List.copyOf(tools);
        presets = List.copyOf(presets);
        modules = List.copyOf(modules);
        options = Collections.unmodifiableMap(new TreeMap<>(options));
        dependencies = List.copyOf(dependencies);
        devDependencies = List.copyOf(devDependencies);
        tasks = List.copyOf(tasks);
    }

    /** A request with nothing in it. */
    public static LockedRequest empty() {
        return new LockedRequest(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of());
    }
}
