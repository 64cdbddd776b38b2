package org.example.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;

/**
 * A host with its own Jackson (an IDE's) on the class path beside protostar-all: runs the scenario,
 * then shows that its Jackson is its own version and still works.
 */
public final class ClassPathHost {

    private ClassPathHost() {}

    public static void main(String[] args) throws Exception {
        Scenario.run(System.out);
        System.out.println("=== host jackson");
        System.out.println(PackageVersion.VERSION);
        System.out.println(new ObjectMapper().readTree("{\"host\": [1, 2]}").get("host").get(1).asInt());
        System.out.println(ObjectMapper.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    }
}
