package org.ogiaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind, read from Linux's {@code /proc/self/task}: the JVM's own JIT compiler
 * and collector threads are invisible to {@code ThreadMXBean}, yet on a two-core machine they compete with the
 * checking threads, so the benchmark reports them. Elsewhere than Linux every figure is zero.
 */
record ThreadCpu(double work, double jit, double gc) {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux the JVM runs on

    static ThreadCpu now() {
        double jit = 0;
        double gc = 0;
        double total;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            // the whole process, threads that have ended included (a batch's worker threads end with it)
            total = seconds(Files.readString(Path.of("/proc/self/stat")));
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) jit += seconds(stat);
                else if (name.startsWith("GC Thread") || name.startsWith("VM Thread") || name.startsWith("G1 ")) gc += seconds(stat);
            }
        } catch (IOException | RuntimeException e) {
            return new ThreadCpu(0, 0, 0);
        }
        return new ThreadCpu(total - jit - gc, jit, gc);
    }

    /** utime + stime of a {@code stat} line: fields 14 and 15, counted from the pid, after the parenthesised name. */
    private static double seconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    }

    ThreadCpu minus(ThreadCpu before) {
        return new ThreadCpu(work - before.work, jit - before.jit, gc - before.gc);
    }

    @Override public String toString() {
        return String.format("work %.1f · JIT %.1f · GC %.1f", work, jit, gc);
    }
}
