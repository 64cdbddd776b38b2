package dev.protostar.core.process;

import java.util.List;

/**
 * {@code yarn init -y}: writes the {@code package.json} Yarn 1 (classic) writes with all defaults,
 * named after the folder. An existing {@code package.json} is left as it is. Without {@code -y}
 * Yarn 1 would ask questions, which the simulation refuses.
 *
 * <p>Yarn 2 and later ("berry") accept the same command and write more: a {@code package.json} with
 * a {@code packageManager} field, {@code README.md}, {@code yarn.lock}, {@code .gitignore}, {@code
 * .gitattributes}, {@code .editorconfig} and a Git repository. The simulation models Yarn 1 only.
 */
final class SimulatedYarnInit implements SimulatedCommand {

    @Override
    public boolean providesProgram(String name) {
        return name.equals("yarn");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "yarn", "init");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        if (!arguments.equals(List.of("-y")) && !arguments.equals(List.of("--yes"))) {
            return invocation.fail(1, "error the simulated runner supports only `yarn init -y`"
                    + " (without -y Yarn 1 asks questions)");
        }
        invocation.out("yarn init v1.22.22");
        invocation.err("warning The yes flag has been set. This will automatically answer yes to all questions,"
                + " which may have security implications.");
        if (!invocation.workspace().isFile(SimulatedNpmInit.PACKAGE_JSON)) {
            invocation.writeIfChanged(SimulatedNpmInit.PACKAGE_JSON,
                    packageJson(invocation.projectName()));
        }
        invocation.out("success Saved package.json");
        invocation.out("Done in 0.00s.");
        return 0;
    }

    static String packageJson(String name) {
        return "{\n"
                + "  \"name\": \"" + name + "\",\n"
                + "  \"version\": \"1.0.0\",\n"
                + "  \"main\": \"index.js\",\n"
                + "  \"license\": \"MIT\"\n"
                + "}\n";
    }
}
