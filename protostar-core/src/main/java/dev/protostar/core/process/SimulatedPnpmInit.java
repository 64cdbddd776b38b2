package dev.protostar.core.process;

import java.util.List;

/**
 * {@code pnpm init}: writes the {@code package.json} pnpm 9 writes (the same fields as {@code npm
 * init -y}, named after the folder) and prints it. pnpm refuses arguments and an existing {@code
 * package.json}, and so does the simulation, both with exit code 1.
 */
final class SimulatedPnpmInit implements SimulatedCommand {

    @Override
    public boolean providesProgram(String name) {
        return name.equals("pnpm");
    }

    @Override
    public boolean accepts(List<String> command) {
        return SimulatedCommand.isSubcommand(command, "pnpm", "init");
    }

    @Override
    public int run(SimulatedInvocation invocation) {
        if (!invocation.argumentsAfter(1).isEmpty()) {
            return invocation.fail(1, " ERR_PNPM_INIT_ARG  init command does not accept any arguments"
                    + " (the simulated runner supports only a plain `pnpm init`)");
        }
        if (invocation.workspace().exists(SimulatedNpmInit.PACKAGE_JSON)) {
            return invocation.fail(1, " ERR_PNPM_PACKAGE_JSON_EXISTS  package.json already exists");
        }
        String json = SimulatedNpmInit.packageJson(invocation.projectName());
        invocation.writeIfChanged(SimulatedNpmInit.PACKAGE_JSON, json);
        invocation.out("Wrote to " + invocation.location(SimulatedNpmInit.PACKAGE_JSON));
        invocation.out("");
        json.lines().forEach(invocation::out);
        return 0;
    }
}
