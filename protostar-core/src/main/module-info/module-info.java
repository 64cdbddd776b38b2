/**
 * Protostar's engine: orchestrator, executor, workspaces, process runners, format engines, journal.
 *
 * <p>Not an API: every package is exported only to {@code dev.protostar.modules}, whose facade
 * {@code dev.protostar.Protostar} is what hosts call. On the class path, where this descriptor does
 * not apply, the public types a host must not use carry {@link dev.protostar.api.Internal}.
 */
module dev.protostar.core {
    requires transitive dev.protostar.api;
    requires org.tomlj;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.exec;

    exports dev.protostar.core.config to dev.protostar.modules;
    exports dev.protostar.core.diff to dev.protostar.modules;
    exports dev.protostar.core.format to dev.protostar.modules;
    exports dev.protostar.core.format.ignore to dev.protostar.modules;
    exports dev.protostar.core.format.jsonc to dev.protostar.modules;
    exports dev.protostar.core.format.text to dev.protostar.modules;
    exports dev.protostar.core.format.toml to dev.protostar.modules;
    exports dev.protostar.core.format.yaml to dev.protostar.modules;
    exports dev.protostar.core.journal to dev.protostar.modules;
    exports dev.protostar.core.lifecycle to dev.protostar.modules;
    exports dev.protostar.core.orchestrator to dev.protostar.modules;
    exports dev.protostar.core.process to dev.protostar.modules;
    exports dev.protostar.core.workspace to dev.protostar.modules;
}
