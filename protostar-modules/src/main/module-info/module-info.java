/**
 * The built-in languages, tooling, presets and generators, and the facade {@code dev.protostar.Protostar}.
 *
 * <p>A host on the module path needs only {@code requires dev.protostar.modules;}: the API comes
 * with it. Modules of other jars are found through {@code provides dev.protostar.api.BootstrapModule}
 * (or {@code META-INF/services} in a jar on the class path).
 */
module dev.protostar.modules {
    requires transitive dev.protostar.api;
    requires dev.protostar.core;
    requires org.tomlj;

    exports dev.protostar;
    // The option types the facade's methods take (PythonOptions, PackageManager, NodePackageManager).
    // The other packages are internal: their modules are found through the services below.
    exports dev.protostar.modules.python;
    exports dev.protostar.modules.node;

    uses dev.protostar.api.BootstrapModule;

    // The same list, in the same (registry) order, as META-INF/services/dev.protostar.api.BootstrapModule.
    provides dev.protostar.api.BootstrapModule with
            dev.protostar.modules.system.SystemWorkspaceModule,
            dev.protostar.modules.python.PythonModule,
            dev.protostar.modules.rust.RustModule,
            dev.protostar.modules.node.NodeModule,
            dev.protostar.modules.cpp.CppModule,
            dev.protostar.modules.latex.LatexModule,
            dev.protostar.modules.tooling.RuffModule,
            dev.protostar.modules.tooling.MypyModule,
            dev.protostar.modules.tooling.PytestModule,
            dev.protostar.modules.tooling.PreCommitModule,
            dev.protostar.modules.tooling.DirenvModule,
            dev.protostar.modules.tooling.MarkdownlintModule,
            dev.protostar.modules.tooling.DockerModule,
            dev.protostar.modules.presets.ScientificPreset,
            dev.protostar.modules.presets.AstroPreset,
            dev.protostar.modules.presets.MlPreset,
            dev.protostar.modules.presets.ApiPreset,
            dev.protostar.modules.presets.CliPreset,
            dev.protostar.modules.presets.DspPreset,
            dev.protostar.modules.presets.EmbeddedPreset;
}
