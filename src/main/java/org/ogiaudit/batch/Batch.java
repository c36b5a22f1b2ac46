package org.ogiaudit.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ogiaudit.model.Text;
import org.ogiaudit.model.AuditResult;

/**
 * Checks a batch on several threads and hands results on in input order, so that output is the same whatever the
 * thread count. At most {@value #WINDOW_PER_THREAD} files per thread are in flight, so memory stays flat however large
 * the batch. A file that takes longer than the per-file limit becomes an error result and the batch goes on (its
 * thread is abandoned and replaced: PDF and HTML parsers do not all answer interrupts).
 */
public final class Batch {
    /**
     * Files in flight per thread. Results leave in input order, so while the oldest file is still being read (a PDF
     * takes 30 times a text file) the other threads go on only as far as the window reaches: with 4 per thread they
     * stood idle 17% of a 50,000-file batch. A finished result waiting its turn holds one report's facts.
     */
    static final int WINDOW_PER_THREAD = 32;

    private final Checker checker;
    private final int threads;
    private final Duration perFile;

    public Batch(Checker checker, int threads, Duration perFile) {
        this.checker = checker;
        this.threads = Math.max(1, threads);
        this.perFile = perFile;
    }

    /** One file's work: started when a thread takes it, so its time limit counts from then. */
    private static final class Task {
        final InputFiles.Input input;
        final CountDownLatch started = new CountDownLatch(1);
        volatile long startNanos;
        Future<List<AuditResult>> future;

        Task(InputFiles.Input input) {
            this.input = input;
        }
    }

    public void run(List<InputFiles.Input> inputs, Consumer<AuditResult> sink) throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ogi-audit-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Task> window = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * WINDOW_PER_THREAD) {
                    Task task = new Task(inputs.get(next++));
                    task.future = pool.submit(() -> {
                        task.startNanos = System.nanoTime();
                        task.started.countDown();
                        return checker.check(task.input);
                    });
                    window.add(task);
                }
                Task head = window.poll();
                head.started.await();
                long left = perFile.toNanos() - (System.nanoTime() - head.startNanos);
                try {
                    for (AuditResult r : head.future.get(Math.max(left, 0), TimeUnit.NANOSECONDS)) sink.accept(r);
                } catch (TimeoutException e) {
                    head.future.cancel(true);
                    // the stuck thread may never come back: a new one takes its place
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    sink.accept(AuditResult.failed(head.input.shownAs(), Text.of("读取和审查该文件超过" + perFile.toSeconds()
                            + "秒，已放弃（如确是大型报告，请调高 --file-timeout）", "reading and checking the file took longer than "
                            + perFile.toSeconds() + " s and was abandoned (raise --file-timeout if it is a genuine large report)")));
                } catch (ExecutionException e) {
                    sink.accept(AuditResult.failed(head.input.shownAs(), Text.of("文件无法审查：" + e.getCause(),
                            "the file could not be checked: " + e.getCause())));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
