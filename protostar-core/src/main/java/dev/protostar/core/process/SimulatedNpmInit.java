package dev.protostar.core.process;

import dev.protostar.api.WorkspacePath;
import java.util.List;

/**
 * {@code npm init -y}: writes the {@code package.json} npm 10 writes with all defaults and prints
 * it. An existing {@code package.json} is left as it is. Without {@code -y} npm would ask
 * questions, which the simulation refuses.
 */
final class SimulatedNpmInit implements SimulatedCommand {

    /** The file npm, pnpm and Yarn write. */
    static final WorkspacePath PACKAGE_JSON = WorkspacePath.of("package.json");

    @Override
    public boolean providesProgram(String name) {
        return name.equals("npm");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "npm", "init");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        List<String> arguments = invocation.argumentsAfter(1);
        if (!arguments.equals(List.of("-y")) && !arguments.equals(List.of("--yes"))) {
            return invocation.fail(1, "npm error the simulated runner supports only `npm init -y`"
                    + " (without -y npm asks questions)");
        }
        String json;
        if (invocation.workspace().isFile(PACKAGE_JSON)) {
            json = invocation.workspace().readString(PACKAGE_JSON);
        } else {
            json = packageJson(invocation.projectName());
            invocation.writeIfChanged(PACKAGE_JSON, json);
        }
        invocation.out("Wrote to " + invocation.location(PACKAGE_JSON) + ":");
        invocation.out("");
        json.lines().forEach(invocation::out);
        invocation.out("");
        invocation.out("");
        return 0;
    }

    static String packageJson(String name) {
        return "{\n"
                + "  \"name\": \"" + name + "\",\n"
                + "  \"version\": \"1.0.0\",\n"
                + "  \"description\": \"\",\n"
                + "  \"main\": \"index.js\",\n"
                + "  \"scripts\": {\n"
                + "    \"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"\n"
                + "  },\n"
                + "  \"keywords\": [],\n"
                + "  \"author\": \"\",\n"
                + "  \"license\": \"ISC\"\n"
                + "}\n";
    }
}
