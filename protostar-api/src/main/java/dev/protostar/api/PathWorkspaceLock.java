package dev.protostar.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The run lock of a workspace on a {@code java.nio} file system, kept as two kinds of files in one
 * folder (normally {@code .protostar/}):
 *
 * <ul>
 *   <li>{@code lock} — the gate. A run creates it exclusively ({@code CREATE_NEW}), so of two runs
 *       only one can hold it. It is plain text naming the holder: process id, process start time,
 *       host name and the name of the holder's live file.
 *   <li>{@code lock.<pid>.<token>.live} — the holder's own file, created before the gate, on which
 *       it holds a {@link FileChannel#tryLock() file-channel lock} for as long as it runs. The
 *       operating system drops that lock when the process dies.
 * </ul>
 *
 * <p>A run that finds the gate taken reads who holds it; the {@link WorkspaceBusyException} names
 * the holder's process id, start time and host. When the holder is this very process (same pid,
 * start time and host — a gate written on another machine sharing the folder, or by an older
 * version that wrote no host, is never taken for this process), the lock is held: the live file is never opened, because the JDK's
 * file locks on Linux are POSIX record locks that belong to the process — opening and closing a
 * second channel on a locked file anywhere in the JVM silently drops every lock the JVM holds on
 * it (measured on JDK 17). When the holder is another process, its live file is probed with
 * {@code tryLock}: still locked means the holder runs; granted means the holder died (a killed
 * run), so its files are removed and the gate is taken again. A lock left behind by a killed run
 * therefore never blocks the next one.
 *
 * <p>File systems whose channel locks exclude nothing (Jimfs grants every lock) or that have none
 * (a zip file) still get mutual exclusion from the gate's exclusive creation. Such file systems
 * live inside one JVM, where the holder is always this process, so a leftover gate there blocks
 * until it is removed; the error says so.
 *
 * <p>Closing removes the gate first (while the live lock is still held), then the live file, then
 * releases the channel lock. Residual race, not prevented: when a killed run's lock is taken over
 * by two runs of the same JVM that start at the same instant, the second may drop the first's
 * live lock while giving up.
 */
final class PathWorkspaceLock implements WorkspaceLock {

    static final String GATE = "lock";
    private static final String LIVE_SUFFIX = ".live";
    private static final int ATTEMPTS = 20;
    /** How often to look again at a gate that names no holder yet (5 ms apart) before judging it. */
    private static final int WAITS = 20;

    private final Path gate;
    private final String gateText;
    private final Live live;
    private boolean closed;

    private PathWorkspaceLock(Path gate, String gateText, Live live) {
        this.gate = gate;
        this.gateText = gateText;
        this.live = live;
    }

    /** Takes the lock in {@code folder} or fails at once; {@code root} is the workspace root, for messages. */
    static WorkspaceLock acquire(Path folder, WorkspacePath folderName, Path root) {
        Path gate = folder.resolve(GATE);
        WorkspacePath gateName = folderName.resolve(GATE);
        Live live = Live.open(folder, gateName, root);
        try {
            Holder self = Holder.current(live.name());
            int waits = 0;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (createGate(gate, self.text(), gateName, root)) {
                    sweepDeadLiveFiles(folder);
                    return new PathWorkspaceLock(gate, self.text(), live);
                }
                Optional<String> text = read(gate);
                if (text.isEmpty()) {
                    continue; // released in the meantime
                }
                Holder holder = Holder.parse(text.get());
                if (holder.pid < 0 && waits++ < WAITS) {
                    pause(); // the gate is created, then written: its holder may be writing it right now
                    attempt--;
                    continue;
                }
                if (holder.isSameProcessAs(self)) {
                    throw held(gateName, gate, root, "this process (pid " + holder.pid + " on host "
                            + holder.host.orElseThrow() + ")");
                }
                switch (probe(folder, holder, live.name())) {
                    case HELD -> throw held(gateName, gate, root, holder.describe());
                    case UNKNOWN -> throw held(gateName, gate, root, holder.describe()
                            + "; this file system cannot tell whether that run is still alive");
                    case DEAD -> removeLeftover(folder, gate, text.get(), holder);
                    case BUSY -> { } // another run of this JVM is probing the same leftover; look again
                }
            }
            throw new WorkspaceBusyException(gateName, "Cannot take the run lock " + gate + ": it changed hands "
                    + ATTEMPTS + " times while Protostar tried (workspace " + root + ").",
                    "Another run seems to be starting and stopping in the same folder; try again.");
        } catch (RuntimeException | Error e) {
            live.close(e);
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunInterruptedException("Interrupted while taking the run lock; nothing was changed.", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        WorkspaceException failure = null;
        try {
            if (read(gate).filter(gateText::equals).isPresent()) {
                Files.deleteIfExists(gate);
            }
        } catch (IOException | RuntimeException e) {
            failure = new WorkspaceException(null, "Cannot remove the run lock " + gate + ": " + e.getMessage(),
                    "Delete " + gate + " by hand; no Protostar run is active there any more.", e);
        }
        Optional<Exception> liveFailure = live.close(failure);
        if (failure == null && liveFailure.isPresent()) {
            failure = new WorkspaceException(null, "Cannot remove the run lock file " + live.file + ": "
                    + liveFailure.get().getMessage(), "Delete it by hand; no Protostar run is active there any more.",
                    liveFailure.get());
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Creates the gate exclusively, then writes it; a gate this run created but could not write is removed. */
    private static boolean createGate(Path gate, String text, WorkspacePath gateName, Path root) {
        try {
            Files.createFile(gate);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw cannotCreate(gateName, gate, root, e);
        }
        try {
            Files.write(gate, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.WRITE);
            return true;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(gate);
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw cannotCreate(gateName, gate, root, io);
            }
            throw (RuntimeException) e;
        }
    }

    private static WorkspaceException cannotCreate(WorkspacePath gateName, Path gate, Path root, IOException e) {
        return new WorkspaceException(gateName, "Cannot create the run lock " + gate + ": " + e.getMessage()
                + " (workspace " + root + ")", "Check that the folder is writable and the disk is not full, then run"
                + " again.", e);
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("");
        }
    }

    private enum Probe { HELD, DEAD, UNKNOWN, BUSY }

    /** Whether the holder named by the gate (another process) still holds its live lock. */
    private static Probe probe(Path folder, Holder holder, Optional<String> ownLiveFile) {
        if (holder.liveFile.isPresent()) {
            return probeLive(folder.resolve(holder.liveFile.get()));
        }
        return holder.pid < 0 ? probeEveryLiveFile(folder, ownLiveFile) : Probe.UNKNOWN;
    }

    /**
     * For a gate that names no holder (its writer was killed between creating and writing it): a
     * live holder always locks its live file before creating the gate, so the gate is a leftover
     * unless some live file in the folder is held. A live file of this process (its name carries the
     * pid) is never opened: that would drop this JVM's own lock.
     */
    private static Probe probeEveryLiveFile(Path folder, Optional<String> ownLiveFile) {
        String ownPrefix = GATE + "." + ProcessHandle.current().pid() + ".";
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(GATE + ".") || !name.endsWith(LIVE_SUFFIX) || ownLiveFile.filter(name::equals).isPresent()) {
                    continue;
                }
                if (name.startsWith(ownPrefix)) {
                    return Probe.HELD;
                }
                Probe probe = probeLive(entry);
                if (probe != Probe.DEAD) {
                    return probe;
                }
            }
            return Probe.DEAD;
        } catch (IOException e) {
            return Probe.UNKNOWN;
        }
    }

    /**
     * Removes live files that killed runs left (a run killed before it created its gate, or whose
     * gate named no holder): only those of another process that no longer runs here and whose lock
     * is free. Best effort; a file that stays is harmless.
     */
    private static void sweepDeadLiveFiles(Path folder) {
        long self = ProcessHandle.current().pid();
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                String[] parts = name.split("\\.");
                if (parts.length != 4 || !parts[0].equals(GATE) || !name.endsWith(LIVE_SUFFIX)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != self && ProcessHandle.of(pid).isEmpty() && probeLive(entry) == Probe.DEAD) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static Probe probeLive(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return Probe.HELD;
            }
            lock.release();
            return Probe.DEAD;
        } catch (NoSuchFileException e) {
            return Probe.DEAD; // a live file is removed only after its gate; a gate without one is a leftover
        } catch (OverlappingFileLockException e) {
            return Probe.BUSY;
        } catch (IOException | UnsupportedOperationException e) {
            return Probe.UNKNOWN;
        }
    }

    /** Removes a dead holder's gate (unless it changed since it was read) and its live file. */
    private static void removeLeftover(Path folder, Path gate, String text, Holder holder) {
        try {
            if (read(gate).filter(text::equals).isPresent()) {
                Files.deleteIfExists(gate);
            }
            if (holder.liveFile.isPresent()) {
                Files.deleteIfExists(folder.resolve(holder.liveFile.get()));
            }
        } catch (IOException e) {
            // The next attempt reads the gate again and reports whatever is still in the way.
        }
    }

    private static WorkspaceBusyException held(WorkspacePath gateName, Path gate, Path root, String holder) {
        return new WorkspaceBusyException(gateName, "Another Protostar run is working in " + root + " (lock " + gate
                + ", held by " + holder + "); wait for it to finish, or remove the stale lock if no run is active.",
                "If no Protostar run is active in this folder, delete " + gate + " and run again.");
    }

    /** Who holds a gate, as written in it. */
    private static final class Holder {
        /** The longest host name kept from a gate; DNS names have at most 253 characters. */
        private static final int HOST_LIMIT = 253;

        private final long pid;
        private final Optional<String> started;
        private final Optional<String> host;
        private final Optional<String> liveFile;

        private Holder(long pid, Optional<String> started, Optional<String> host, Optional<String> liveFile) {
            this.pid = pid;
            this.started = started;
            this.host = host;
            this.liveFile = liveFile;
        }

        static Holder current(Optional<String> liveFile) {
            ProcessHandle self = ProcessHandle.current();
            return new Holder(self.pid(), self.info().startInstant().map(Instant::toString),
                    Optional.of(localHostName()), liveFile);
        }

        /**
         * This machine's name, without a network lookup (which can take seconds): the kernel's
         * ({@code /proc/sys/kernel/hostname}), else {@code /etc/hostname}, else the {@code HOSTNAME}
         * or {@code COMPUTERNAME} variable, else {@code "unknown"}.
         */
        static String localHostName() {
            for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
                try {
                    String name = printable(Files.readString(Path.of(file), StandardCharsets.UTF_8));
                    if (!name.isEmpty()) {
                        return name;
                    }
                } catch (IOException | RuntimeException e) {
                    // not on this system: try the next source
                }
            }
            for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
                String name = printable(Optional.ofNullable(System.getenv(variable)).orElse(""));
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return "unknown";
        }

        /** {@code text} stripped, cut to {@link #HOST_LIMIT} characters, control characters as {@code ?}. */
        private static String printable(String text) {
            String stripped = text.strip();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < stripped.length() && i < HOST_LIMIT; i++) {
                char c = stripped.charAt(i);
                out.append(Character.isISOControl(c) ? '?' : c);
            }
            return out.toString();
        }

        static Holder parse(String text) {
            long pid = -1;
            Optional<String> started = Optional.empty();
            Optional<String> host = Optional.empty();
            Optional<String> live = Optional.empty();
            for (String line : text.split("\n")) {
                if (line.startsWith("pid ")) {
                    try {
                        pid = Long.parseLong(line.substring(4).strip());
                    } catch (NumberFormatException e) {
                        pid = -1;
                    }
                } else if (line.startsWith("process-started ")) {
                    started = Optional.of(printable(line.substring(16)));
                } else if (line.startsWith("host ")) {
                    host = Optional.of(printable(line.substring(5))).filter(name -> !name.isEmpty());
                } else if (line.startsWith("live ")) {
                    String name = line.substring(5).strip();
                    if (name.startsWith(GATE + ".") && name.endsWith(LIVE_SUFFIX) && name.indexOf('/') < 0) {
                        live = Optional.of(name);
                    }
                }
            }
            return new Holder(pid, started, host, live);
        }

        String text() {
            return "Protostar run lock: a run is working in this folder.\n"
                    + "pid " + pid + "\n"
                    + "process-started " + started.orElse("unknown") + "\n"
                    + "host " + host.orElse("unknown") + "\n"
                    + "live " + liveFile.orElse("none") + "\n";
        }

        /** Same pid, start time and host; a gate that names no host is never this process's. */
        boolean isSameProcessAs(Holder other) {
            return pid == other.pid && started.equals(other.started) && host.isPresent() && host.equals(other.host);
        }

        String describe() {
            return pid < 0 ? "an unknown process" : "process " + pid + started.map(s -> " started " + s).orElse("")
                    + " on host " + host.orElse("unknown");
        }
    }

    /** This holder's live file and the channel lock on it; absent where the file system has no channel locks. */
    private static final class Live {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private Live(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        static Live open(Path folder, WorkspacePath gateName, Path root) {
            // Not UUID.randomUUID(): SecureRandom's first use costs about 15 ms, and the pid already
            // makes the name unique between processes.
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String name = GATE + "." + ProcessHandle.current().pid() + "."
                    + new UUID(random.nextLong(), random.nextLong()).toString().substring(0, 8) + LIVE_SUFFIX;
            Path file = folder.resolve(name);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (UnsupportedOperationException e) {
                return new Live(null, null, null);
            } catch (IOException e) {
                throw new WorkspaceException(gateName, "Cannot create the run lock file " + file + ": " + e.getMessage()
                        + " (workspace " + root + ")", "Check that the folder is writable, then run again.", e);
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new Live(file, channel, lock);
                }
            } catch (IOException | UnsupportedOperationException | OverlappingFileLockException e) {
                // no usable channel locks here: the gate alone excludes other runs
            }
            Live none = new Live(file, channel, null);
            none.close(null);
            return new Live(null, null, null);
        }

        Optional<String> name() {
            return lock == null ? Optional.empty() : Optional.of(file.getFileName().toString());
        }

        /**
         * Removes the file, then releases the lock (closing the channel releases it).
         *
         * @param failure an error already being reported, which gets any problem as suppressed, or null
         * @return the first problem, when there was one
         */
        Optional<Exception> close(Throwable failure) {
            if (file == null) {
                return Optional.empty();
            }
            Exception problem = null;
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                problem = e;
            }
            try {
                channel.close();
            } catch (IOException e) {
                problem = problem == null ? e : problem;
            }
            if (problem != null && failure != null) {
                failure.addSuppressed(problem);
            }
            return Optional.ofNullable(problem);
        }
    }
}
