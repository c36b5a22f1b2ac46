package org.ogiaudit.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ogiaudit.model.ReportDigest;

/**
 * The batch's report digests on disk while the batch runs, read back by number in the cross-report phase: memory holds
 * a position per report, not the quotes and cells of 10,000 reports. A temporary file, deleted on close; the last few
 * digests read are kept (a report compared with several others is read once).
 */
final class DigestSpill implements AutoCloseable {
    private static final int CACHED = 64;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path file;
    private final FileChannel channel;
    private long[] offsets = new long[1024];
    private int count;
    private long end;
    private final Map<Integer, ReportDigest> recent = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Integer, ReportDigest> e) { return size() > CACHED; }
    };

    DigestSpill() throws IOException {
        file = Files.createTempFile("ogi-audit-digests-", ".jsonl");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** Writes a digest; returns its number (0, 1, 2 … in the order written). */
    int add(ReportDigest d) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(d);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) end += channel.write(buf, end);
        if (count + 1 >= offsets.length) offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
        offsets[count + 1] = end;
        return count++;
    }

    int size() { return count; }

    /** The digest of that number. */
    ReportDigest get(int n) {
        return recent.computeIfAbsent(n, k -> {
            try {
                ByteBuffer buf = ByteBuffer.allocate((int) (offsets[k + 1] - offsets[k]));
                long at = offsets[k];
                while (buf.hasRemaining()) at += channel.read(buf, at);
                return mapper.readValue(buf.array(), ReportDigest.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the batch's digests from " + file, e);
            }
        });
    }

    @Override public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
