package dev.protostar.core.journal;

import dev.protostar.api.JournalKey;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * For tests that write a killed run's journal by hand: turns hand-written text into what a run on
 * this machine writes, by sealing it with the key the next run is given. The header is written as
 * the real one (format, folder flag from the hand-written {@code protostar-folder} line, this
 * workspace's identity, the key's host, a nonce); each {@code NNNNNN.entry} gets the current format
 * line, the nonce and its seal. Without this, every hand-written journal is refused as untrusted.
 */
public final class JournalSeals {

    /** The nonce of sealed test journals. */
    public static final String NONCE = "0123456789abcdef0123456789abcdef";

    private JournalSeals() {}

    /** Seals the hand-written journal in {@code workspace}'s {@code .protostar/journal/} with {@code key}. */
    public static void seal(Workspace workspace, JournalKey key) {
        WorkspacePath header = JournalStore.HEADER;
        if (workspace.isFile(header)) {
            String text = workspace.readString(header);
            boolean created = !text.contains("protostar-folder existed");
            String body = JournalStore.headerBody(created, JournalStore.identity(workspace), key.host(), NONCE);
            workspace.write(header, (body + "mac " + mac(key, "protostar-journal-header-seal\n" + body) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (WorkspacePath child : workspace.list(ProtostarFolder.JOURNAL)) {
            String name = child.fileName();
            if (name.matches("\\d{6}\\.entry")) {
                int sequence = Integer.parseInt(name.substring(0, 6));
                String text = workspace.readString(child);
                String body = JournalEntry.MAGIC + " " + JournalEntry.FORMAT + text.substring(text.indexOf('\n'))
                        + "nonce " + NONCE + "\n";
                workspace.write(child, (body + "mac " + mac(key, "protostar-journal-entry-seal " + sequence + "\n" + body)
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String mac(JournalKey key, String message) {
        return HexFormat.of().formatHex(key.sign(message.getBytes(StandardCharsets.UTF_8)));
    }
}
