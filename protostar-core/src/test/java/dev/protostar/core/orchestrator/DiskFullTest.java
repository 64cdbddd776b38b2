package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ProtostarListener;
import dev.protostar.api.RollbackFailedException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspaceException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.process.SimulatedProcessRunner;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real I/O failure rather than an injected one: Jimfs with a size limit fails writes with "out of
 * disk space" after a partial write. For every limit from "the seed barely fits" to "the run fits",
 * the run either succeeds, or fails and leaves the seed with no temporary file behind — or, when
 * the disk is too full even to write a file back, names it and keeps its earlier bytes in the
 * journal for the next run.
 */
class DiskFullTest {

    private static final int BLOCK = 64;

    @Test
    void atEveryDiskSizeTheRunSucceedsOrLeavesTheSeed() throws IOException {
        int failed = 0;
        int keptInJournal = 0;
        boolean succeeded = false;
        for (long size = BLOCK; !succeeded && size < 4096 * BLOCK; size += BLOCK) {
            long max = size;
            Configuration limited = Configuration.unix().toBuilder()
                    .setAttributeViews("basic", "owner", "posix", "unix").setBlockSize(BLOCK).setMaxSize(max).build();
            try (FileSystem fs = Jimfs.newFileSystem(limited)) {
                Workspace ws = Workspace.at(Files.createDirectories(fs.getPath("/p")));
                try {
                    PythonLikeProject.PYTHON_PROJECT.fill().accept(ws);
                } catch (WorkspaceException seedDoesNotFit) {
                    continue;
                }
                Map<String, String> seed = WorkspaceSnapshot.withModes(ws);
                Map<String, String> seedText = WorkspaceSnapshot.of(ws);
                SimulatedProcessRunner runner = SimulatedProcessRunner.create();
                Throwable failure = catchThrowable(() -> new Orchestrator().run(new RunRequest(ws,
                        PythonLikeProject.modules(), CollisionStrategy.merge(), runner, runner.binaryLocator(),
                        ProtostarListener.none())));
                if (failure == null) {
                    succeeded = true;
                } else if (failure instanceof RollbackFailedException incomplete) {
                    keptInJournal += incomplete.notRestored().size();
                    Map<String, String> text = WorkspaceSnapshot.of(ws);
                    incomplete.reasons().forEach((path, why) -> {
                        assertThat(why).as("disk of %d bytes", max).contains("out of disk space")
                                .contains("its content from before the run is kept in .protostar/journal/");
                        String kept = why.replaceAll("(?s).*kept in (\\.protostar/journal/\\d+\\.bytes).*", "$1");
                        assertThat(text.get(kept)).as("disk of %d bytes: the earlier bytes of %s", max, path)
                                .isEqualTo(seedText.get(path.toString()));
                    });
                    assertThat(ws.isFile(WorkspacePath.of(".protostar/journal/run"))).as("kept open for the next run").isTrue();
                } else {
                    failed++;
                    assertThat(WorkspaceSnapshot.withModes(ws)).as("disk of %d bytes: %s", max, failure.getMessage())
                            .isEqualTo(seed);
                }
            }
        }
        assertThat(succeeded).isTrue();
        assertThat(failed).as("disk sizes at which the run failed and restored the seed").isPositive();
        System.out.println("Disk-full: " + failed + " disk sizes made the run fail and left the seed intact; "
                + keptInJournal + " files could not be written back for lack of space and kept their earlier bytes"
                + " in the journal");
    }
}
