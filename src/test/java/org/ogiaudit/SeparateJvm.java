package org.ogiaudit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogiaudit.cli.Main;

/**
 * Runs several command lines in one fresh JVM, as separate runs of the tool would (hash codes of enums and objects,
 * thread timing and class loading differ from JVM to JVM; within one test JVM they would not).
 */
public final class SeparateJvm {
    /** Separates the command lines given to {@link #main}. */
    static final String NEXT = "::";

    /** Runs each command line in turn; exits with the first non-zero exit code (0 when all succeed). */
    public static void main(String[] args) {
        int worst = 0;
        List<String> one = new ArrayList<>();
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals(NEXT)) {
                int code = Main.run(one.toArray(String[]::new));
                if (worst == 0) worst = code;
                one.clear();
            } else {
                one.add(args[i]);
            }
        }
        System.exit(worst);
    }

    /** Starts a new JVM with the test class path in {@code dir} and returns its exit code. */
    static int run(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SeparateJvm.class.getName()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("a separate JVM took more than 5 minutes: " + cmd);
        }
        return p.exitValue();
    }
}
