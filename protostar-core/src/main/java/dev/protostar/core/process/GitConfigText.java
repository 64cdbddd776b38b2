package dev.protostar.core.process;

/**
 * Edits the text of a Git configuration file the way {@code git config <section>.<key> <value>}
 * does for a key that is set at most once: a key already in its section gets the new value in
 * place, a new key goes to the end of its section, and a new section goes to the end of the file.
 * Lines are indented with a tab, as Git writes them.
 */
final class GitConfigText {

    private GitConfigText() {}

    /**
     * {@code text} with {@code key = value} in the section whose header is {@code [section]}, for
     * example {@code diff "jupyternotebook"}. {@code value} is written as given, already escaped.
     */
    static String set(String text, String section, String key, String value) {
        String header = "[" + section + "]";
        String line = "\t" + key + " = " + value + "\n";
        String body = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inSection = false;
        boolean done = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String current = lines[i];
            String stripped = current.strip();
            if (stripped.startsWith("[")) {
                if (inSection && !done) {
                    out.append(line);
                    done = true;
                }
                inSection = stripped.equals(header);
            } else if (inSection && !done && isKey(stripped, key)) {
                out.append(line);
                done = true;
                continue;
            }
            out.append(current).append('\n');
        }
        if (!done) {
            if (!inSection) {
                out.append(header).append('\n');
            }
            out.append(line);
        }
        return out.toString();
    }

    private static boolean isKey(String stripped, String key) {
        if (!stripped.regionMatches(true, 0, key, 0, key.length())) {
            return false;
        }
        String rest = stripped.substring(key.length()).stripLeading();
        return rest.isEmpty() || rest.startsWith("=");
    }
}
