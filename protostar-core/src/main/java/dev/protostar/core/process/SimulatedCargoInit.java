package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Optional;

/**
 * {@code cargo init [--bin | --lib] [--name N] [--edition E] [--vcs git|none] [<path>]}: writes
 * {@code Cargo.toml} and {@code src/main.rs} (or {@code src/lib.rs}) as cargo does, and unless
 * {@code --vcs none}, a git repository when there is none yet plus {@code /target} in
 * {@code .gitignore}. A folder that already has a {@code Cargo.toml} is refused with exit code 101.
 */
final class SimulatedCargoInit implements SimulatedCommand {

    static final String MAIN_RS = "fn main() {\n    println!(\"Hello, world!\");\n}\n";
    static final String LIB_RS = """
            pub fn add(left: u64, right: u64) -> u64 {
                left + right
            }

            #[cfg(test)]
            mod tests {
                use super::*;

                #[test]
                fn it_works() {
                    let result = add(2, 2);
                    assert_eq!(result, 4);
                }
            }
            """;

    @Override
    public boolean providesProgram(String name) {
        return name.equals("cargo");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "cargo", "init");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        boolean library = false;
        boolean git = true;
        String name = null;
        String edition = "2024";
        String directory = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--bin", "-q", "--quiet" -> {
                    // the default layout
                }
                case "--lib" -> library = true;
                case "--name", "--edition", "--vcs" -> {
                    if (i + 1 >= arguments.size()) {
                        return invocation.fail(1, "error: a value is required for '" + argument + "' but none was supplied");
                    }
                    String value = arguments.get(++i);
                    switch (argument) {
                        case "--name" -> name = value;
                        case "--edition" -> edition = value;
                        default -> git = !value.equals("none");
                    }
                }
                default -> {
                    if (argument.startsWith("-") || directory != null) {
                        return invocation.fail(1, "error: unexpected argument '" + argument + "' found"
                                + " (the simulated runner supports --bin, --lib, --name, --edition, --vcs and one path)");
                    }
                    directory = argument;
                }
            }
        }
        Optional<WorkspacePath> target = directory == null
                ? Optional.of(WorkspacePath.root()) : invocation.workspacePath(directory);
        if (target.isEmpty()) {
            return invocation.fail(1, "error: `" + directory + "` is outside the workspace");
        }
        WorkspacePath manifest = target.get().resolve("Cargo.toml");
        if (invocation.workspace().exists(manifest)) {
            return invocation.fail(101, "error: `cargo init` cannot be run on existing Cargo packages");
        }
        String crate = name != null ? name : PythonNames.projectName(invocation.folderName(target.get()).orElse("project"));
        invocation.err(library ? "    Creating library package" : "    Creating binary (application) package");
        invocation.writeIfChanged(manifest, "[package]\nname = \"" + crate + "\"\nversion = \"0.1.0\"\nedition = \""
                + edition + "\"\n\n[dependencies]\n");
        WorkspacePath source = target.get().resolve(library ? "src/lib.rs" : "src/main.rs");
        if (!invocation.workspace().exists(source)) {
            invocation.writeIfChanged(source, library ? LIB_RS : MAIN_RS);
        }
        if (git) {
            if (!invocation.workspace().exists(target.get().resolve(".git"))) {
                SimulatedGitInit.create(invocation, target.get().resolve(".git"), "main");
            }
            appendIgnore(invocation, target.get().resolve(".gitignore"));
        }
        invocation.err("note: see more `Cargo.toml` keys and their definitions at"
                + " https://doc.rust-lang.org/cargo/reference/manifest.html");
        return 0;
    }

    private static void appendIgnore(SimulatedInvocation invocation, WorkspacePath gitignore) {
        String existing = invocation.workspace().isFile(gitignore) ? invocation.workspace().readString(gitignore) : "";
        if (existing.lines().anyMatch(line -> line.strip().equals("/target"))) {
            return;
        }
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        invocation.writeIfChanged(gitignore, existing + separator + "/target\n");
    }
}
