package org.example.host;

/** Runs the scenario as a named module. */
public final class ModuleHost {

    private ModuleHost() {}

    public static void main(String[] args) {
        Scenario.run(System.out);
        System.out.println("=== host");
        System.out.println(ModuleHost.class.getModule().getName());
    }
}
