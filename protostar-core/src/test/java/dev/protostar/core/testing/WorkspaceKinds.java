package dev.protostar.core.testing;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.Workspace;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The three backends a run must behave alike on, each new and empty. */
public final class WorkspaceKinds {

    private WorkspaceKinds() {}

    /** In memory, Jimfs with POSIX modes, and a real folder {@code p} made in {@code temp}. */
    public static List<Workspace> everyKind(Path temp) throws IOException {
        FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix").build());
        return List.of(Workspace.inMemory(), Workspace.at(Files.createDirectories(jimfs.getPath("/p"))),
                Workspace.at(Files.createDirectories(temp.resolve("p"))));
    }
}
