package org.ogiaudit.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ogiaudit.model.AuditResult;

/**
 * Checks a batch on several threads and hands results on in input order, so that output is the same whatever the
 * thread count. At most a few files per thread are in flight, so memory stays flat however large the batch. A file
 * that takes longer than the per-file limit becomes an error result and the batch goes on (its thread is abandoned:
 * PDF and HTML parsers do not all answer interrupts).
 */
public final class Batch {
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
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ogi-audit-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore running = new Semaphore(threads);
        Deque<Task> window = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * 4) {
                    Task task = new Task(inputs.get(next++));
                    task.future = pool.submit(() -> {
                        running.acquire();
                        try {
                            task.startNanos = System.nanoTime();
                            task.started.countDown();
                            return checker.check(task.input);
                        } finally {
                            running.release();
                        }
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
                    running.release(); // the stuck thread no longer counts against the limit
                    sink.accept(AuditResult.failed(head.input.shownAs(), "reading and checking the file took longer than "
                            + perFile.toSeconds() + " s and was abandoned (raise --file-timeout if it is a genuine large report)"));
                } catch (ExecutionException e) {
                    sink.accept(AuditResult.failed(head.input.shownAs(), "the file could not be checked: " + e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
