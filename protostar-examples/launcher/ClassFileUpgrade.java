import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Start-up helper of the {@code protostar} launcher, run only on a JDK of release 25 or later
 * (it uses the java.lang.classfile API) and never by the Maven build.
 *
 * <p>An ahead-of-time cache cannot hold classes older than class-file version 50 (Java 6), and
 * picocli ships Java 5 class files, so every start loads and verifies its classes again. This
 * writes a copy of each given jar that has such classes, with those classes re-encoded as version
 * 52 (Java 8) and stack-map frames computed; nothing else changes, the bytecode is the same. The
 * launcher puts the copies first on the class path of its cached runs only, checks that the tool
 * still starts with them, and otherwise does without.
 *
 * <p>Usage: {@code java ClassFileUpgrade.java OUTPUT_DIR JAR...}; prints the path of each copy
 * written, one per line (jars without old classes are not copied).
 */
public final class ClassFileUpgrade {

    private static final int OLDEST_CACHEABLE = 50;
    private static final int TARGET = 52;

    private ClassFileUpgrade() {}

    public static void main(String[] args) throws IOException {
        Path output = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            Path copy = output.resolve(jar.getFileName());
            if (upgrade(jar, copy)) {
                System.out.println(copy.toAbsolutePath());
            }
        }
    }

    /** Writes {@code copy} when {@code jar} has old classes; returns whether it did. */
    private static boolean upgrade(Path jar, Path copy) throws IOException {
        List<URL> path = List.of(jar.toUri().toURL());
        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            Path partial = copy.resolveSibling(copy.getFileName() + ".partial");
            int upgraded = 0;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                    OutputStream file = Files.newOutputStream(partial);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        ClassModel model = classFile.parse(bytes);
                        if (model.majorVersion() < OLDEST_CACHEABLE) {
                            bytes = classFile.transformClass(model,
                                    ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                                            .andThen((builder, element) -> {
                                                if (element instanceof ClassFileVersion) {
                                                    builder.withVersion(TARGET, 0);
                                                } else {
                                                    builder.with(element);
                                                }
                                            }));
                            upgraded++;
                        }
                    }
                    ZipEntry copied = new ZipEntry(entry.getName());
                    copied.setTime(entry.getTime());
                    out.putNextEntry(copied);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            if (upgraded == 0) {
                Files.delete(partial);
                return false;
            }
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }
}
