package dev.wsladvisor.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step, run by Maven at {@code process-classes}: copies the classes of a dependency that
 * ships Java 5 class files (picocli) into {@code target/classes} as Java 8 class files with stack
 * map frames, the same code otherwise. Java 17's class-data sharing cannot archive class files
 * older than Java 6 and verifies them with the slow type-inferring verifier, which cost a cold
 * {@code advise} about 20 ms (docs/performance.md). The shaded jar takes these copies instead of
 * the dependency's own; the tests run on them too. Skipped when the copies are already there and
 * newer than the jar ({@link #isUpToDate}). Lives in {@code src/build/java}, outside the product's
 * source tree, and is never in the shipped jar.
 *
 * <p>Usage: {@code ClassFileUpgrade <a class of the dependency> <classes dir>}, for example {@code
 * picocli/CommandLine.class target/classes}.
 */
public final class ClassFileUpgrade {

    private ClassFileUpgrade() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "usage: ClassFileUpgrade <resource of the dependency> <classes dir>");
        }
        Path classesDir = Path.of(args[1]);
        try (JarFile jar = jarHolding(args[0])) {
            if (isUpToDate(jar, classesDir)) {
                BuildLog.verbose(
                        "[ClassFileUpgrade] the classes of "
                                + jar.getName()
                                + " in "
                                + classesDir
                                + " are up to date: skipped");
                return;
            }
            int upgraded = 0;
            for (JarEntry entry : classEntries(jar)) {
                byte[] bytes;
                try (InputStream in = jar.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                Path target = classesDir.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
                Files.write(tmp, upgrade(bytes));
                Files.move(
                        tmp,
                        target,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                upgraded++;
            }
            BuildLog.verbose(
                    "[ClassFileUpgrade] "
                            + upgraded
                            + " classes of "
                            + jar.getName()
                            + " -> Java 8 class files in "
                            + classesDir);
        }
    }

    /**
     * True when every class of the jar has its upgraded copy in the classes folder, written after
     * the jar was: a new version of the dependency (a newer jar) or a cleaned folder makes the step
     * run again.
     */
    static boolean isUpToDate(JarFile jar, Path classesDir) throws IOException {
        FileTime jarTime = Files.getLastModifiedTime(Path.of(jar.getName()));
        for (JarEntry entry : classEntries(jar)) {
            Path copy = classesDir.resolve(entry.getName());
            if (!Files.isRegularFile(copy)
                    || Files.getLastModifiedTime(copy).compareTo(jarTime) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<JarEntry> classEntries(JarFile jar) {
        List<JarEntry> classes = new ArrayList<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.endsWith(".class")
                    && !name.startsWith("META-INF/")
                    && !name.endsWith("module-info.class")) {
                classes.add(entry);
            }
        }
        return classes;
    }

    /**
     * The dependency's jar, found through the class path (not {@code target/classes}, which holds
     * the copies of an earlier build).
     */
    private static JarFile jarHolding(String resource) throws IOException {
        Enumeration<URL> found = ClassFileUpgrade.class.getClassLoader().getResources(resource);
        while (found.hasMoreElements()) {
            URL url = found.nextElement();
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                return new JarFile(connection.getJarFileURL().getPath());
            }
        }
        throw new IllegalStateException("no jar on the class path holds " + resource);
    }

    /**
     * Version 52 with frames computed by ASM; class files already at 50 or later are left as they
     * are.
     */
    static byte[] upgrade(byte[] classFile) {
        int major = ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
        if (major >= Opcodes.V1_6) {
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public void visit(
                            int version,
                            int access,
                            String name,
                            String signature,
                            String superName,
                            String[] interfaces) {
                        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                    }
                },
                ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
