package org.ogiaudit.batch;

import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage of the pipeline, summed over threads (so it can exceed wall time). */
public final class StageTimes {
    final LongAdder read = new LongAdder();
    final LongAdder extract = new LongAdder();
    final LongAdder rules = new LongAdder();
    final LongAdder bytes = new LongAdder();
    /** The cross-report phase: digesting and saving each result, then comparing (one thread). */
    final LongAdder cross = new LongAdder();
    final LongAdder ocrPages = new LongAdder();

    public double readSeconds() { return read.sum() / 1e9; }
    public double extractSeconds() { return extract.sum() / 1e9; }
    public double rulesSeconds() { return rules.sum() / 1e9; }
    public double crossSeconds() { return cross.sum() / 1e9; }
    /** Bytes of the input files read. */
    public long bytes() { return bytes.sum(); }
    /** Pages and pictures read by OCR. */
    public long ocrPages() { return ocrPages.sum(); }
}
