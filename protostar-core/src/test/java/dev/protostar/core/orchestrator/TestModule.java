package dev.protostar.core.orchestrator;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.WorkspacePath;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/** A module assembled in a test: id, category, requirements and a contribution. */
final class TestModule implements BootstrapModule {

    private final String id;
    private final ModuleCategory category;
    private Set<String> requires = Set.of();
    private Set<String> binaries = Set.of();
    private Set<WorkspacePath> markers = Set.of();
    private BiConsumer<ManifestBuilder, ModuleContext> contribution = (m, c) -> {};

    private TestModule(String id, ModuleCategory category) {
        this.id = id;
        this.category = category;
    }

    static TestModule of(String id, ModuleCategory category) {
        return new TestModule(id, category);
    }

    TestModule requiring(String... ids) {
        this.requires = Set.of(ids);
        return this;
    }

    TestModule needing(String... names) {
        this.binaries = new LinkedHashSet<>(Arrays.asList(names));
        return this;
    }

    TestModule marker(String... paths) {
        Set<WorkspacePath> set = new LinkedHashSet<>();
        for (String p : paths) {
            set.add(WorkspacePath.of(p));
        }
        this.markers = set;
        return this;
    }

    TestModule contributing(BiConsumer<ManifestBuilder, ModuleContext> value) {
        this.contribution = value;
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    @Override
    public ModuleCategory category() {
        return category;
    }

    @Override
    public Set<String> requires() {
        return requires;
    }

    @Override
    public Set<String> requiredBinaries(ModuleContext context) {
        return binaries;
    }

    @Override
    public Set<WorkspacePath> collisionMarkers(ModuleContext context) {
        return markers;
    }

    @Override
    public void contribute(ManifestBuilder manifest, ModuleContext context) {
        contribution.accept(manifest, context);
    }
}
