package dev.protostar.core.format.yaml;

import java.util.List;

/**
 * A key path of a {@code .pre-commit-config.yaml} slot: {@code ["repos", url, "rev"]} or {@code
 * ["repos", url, "hooks", id]}.
 *
 * @param url the repository's {@code repo} value
 * @param hookId the hook's {@code id}, or {@code null} for the {@code rev} slot
 */
record PreCommitSlotAddress(String url, String hookId) {

    /** The address of {@code keyPath}. */
    static PreCommitSlotAddress of(List<String> keyPath) {
        if (keyPath.size() == 3 && keyPath.get(0).equals("repos") && keyPath.get(2).equals("rev")) {
            return new PreCommitSlotAddress(keyPath.get(1), null);
        }
        if (keyPath.size() == 4 && keyPath.get(0).equals("repos") && keyPath.get(2).equals("hooks")) {
            return new PreCommitSlotAddress(keyPath.get(1), keyPath.get(3));
        }
        throw new IllegalArgumentException(keyPath + " is not a slot of a pre-commit configuration; its slots are"
                + " [repos, <url>, rev] and [repos, <url>, hooks, <hook id>]");
    }

    static List<String> revPath(String url) {
        return List.of("repos", url, "rev");
    }

    static List<String> hookPath(String url, String id) {
        return List.of("repos", url, "hooks", id);
    }

    boolean isRev() {
        return hookId == null;
    }

    List<String> keyPath() {
        return isRev() ? revPath(url) : hookPath(url, hookId);
    }
}
