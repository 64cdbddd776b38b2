/**
 * Transactions that cannot lose data: the run lock, the write-ahead journal and its replay.
 *
 * <p>A run ({@link dev.protostar.core.journal.WorkspaceSession}) works like this:
 * <ol>
 *   <li><b>Lock.</b> {@code .protostar/} is created if missing and the workspace's run lock is taken
 *       there ({@link dev.protostar.api.Workspace#lock}). A second run fails at once and writes
 *       nothing; a lock left by a killed process does not block.
 *   <li><b>Recover.</b> An open journal left by a killed run is replayed newest entry first, before
 *       the collision phase looks at the workspace; the run warns "Recovered from an interrupted
 *       run: restored N paths ...". Only a journal this machine wrote for this workspace is
 *       replayed: its seals must check under the run's {@link dev.protostar.api.JournalKey}, which
 *       lives outside every workspace, and it must name this folder and this host; otherwise
 *       {@link dev.protostar.api.UntrustedJournalException}, and nothing is replayed or removed.
 *   <li><b>Journal.</b> Before each mutation, what the path held is written to
 *       {@code .protostar/journal/}: the header {@code run} (format version; whether the run created
 *       {@code .protostar/}; the folder, host and nonce it is bound to; its seal) before the first
 *       entry, then per path {@code NNNNNN.entry} (path, prior kind, mode, size, SHA-256, times,
 *       nonce, seal) and, for a file, {@code NNNNNN.bytes} with its prior bytes verbatim. Every write is atomic (temp file and move), entry after side file, both before the
 *       mutation, so the JVM may be killed at any point.
 *   <li><b>Commit or roll back.</b> Deleting the header is the commit point; the rest of the journal
 *       is removed after it. On failure the journal is replayed: created files and trees removed,
 *       created folders removed when empty, files restored byte for byte with their mode and time,
 *       folders' times put back, stray {@code *.protostar-tmp} files removed; nothing below a
 *       symbolic link is deleted or written; what cannot be restored is named.
 *   <li><b>Release.</b> The lock's files and {@code .protostar/} are removed, and the folder's own
 *       time put back when its entries are as they were, so a run that changes nothing leaves the
 *       folder as it found it.
 * </ol>
 */
@dev.protostar.api.Internal
package dev.protostar.core.journal;
