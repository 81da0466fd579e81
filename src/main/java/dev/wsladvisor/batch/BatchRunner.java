package dev.wsladvisor.batch;

import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.facts.FactsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Advises every host of a JSON Lines stream: a reader thread cuts the input into chunks of lines,
 * worker threads advise the chunks, and the calling thread writes the results in input order. At
 * most {@code 2 * threads + 2} chunks are in flight, so memory stays bounded however long the input
 * is.
 */
public final class BatchRunner {

    /** Lines per chunk: large enough to keep the workers busy, small enough to keep memory low. */
    static final int CHUNK_LINES = 128;

    /** Longest line taken as a facts document; real ones are a few KiB. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    /** Told after each chunk: lines done so far and the bytes of input they took. */
    public interface Progress {
        void update(long lines, long bytesDone);
    }

    private final Supplier<AdviceAssembler> assemblers;
    private final boolean strict;
    private final boolean whatIf;
    private final RecordFormat format;
    private final int threads;
    private final int hostIdsPerGroup;

    /**
     * {@code assemblers} gives one assembler per worker thread; {@code hostIdsPerGroup}: host names
     * the summary keeps per blocker, warning or unknown fact.
     */
    public BatchRunner(
            Supplier<AdviceAssembler> assemblers,
            boolean strict,
            boolean whatIf,
            RecordFormat format,
            int threads,
            int hostIdsPerGroup) {
        this.assemblers = assemblers;
        this.strict = strict;
        this.whatIf = whatIf;
        this.format = format;
        this.threads = Math.max(1, threads);
        this.hostIdsPerGroup = hostIdsPerGroup;
    }

    /**
     * Reads {@code in} to its end, writes one record per line to {@code out}, and returns the
     * counts.
     */
    public Result run(InputStream in, Writer out, Progress progress) throws IOException {
        long start = System.nanoTime();
        FleetSummary summary = new FleetSummary(hostIdsPerGroup);
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        AtomicInteger workerNo = new AtomicInteger();
        ThreadLocal<HostEvaluator> evaluators =
                ThreadLocal.withInitial(
                        () ->
                                new HostEvaluator(
                                        new FactsReader(strict),
                                        assemblers.get(),
                                        whatIf,
                                        format == RecordFormat.jsonl,
                                        MAX_LINE_BYTES));
        ExecutorService workers =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, "batch-worker-" + workerNo.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        BlockingQueue<CompletableFuture<ChunkResult>> inFlight =
                new ArrayBlockingQueue<>(2 * threads + 2);
        Thread reader =
                new Thread(() -> readChunks(lines, workers, evaluators, inFlight), "batch-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            // Results are counted by this thread only, in order: the summary needs no locking.
            String header = format.header();
            if (header != null) {
                out.write(header);
                out.write(format.lineEnd());
            }
            long done = 0;
            long bytesDone = 0;
            while (true) {
                CompletableFuture<ChunkResult> next = inFlight.take();
                if (next == END) {
                    break;
                }
                ChunkResult chunk = next.get();
                for (int i = 0; i < chunk.records().size(); i++) {
                    out.write(chunk.records().get(i));
                    out.write(format.lineEnd());
                    summary.add(chunk.results().get(i));
                }
                done += chunk.records().size();
                bytesDone += chunk.inputBytes();
                if (progress != null) {
                    progress.update(done, bytesDone);
                }
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException) {
                throw ((UncheckedIOException) cause).getCause();
            }
            throw cause instanceof RuntimeException
                    ? (RuntimeException) cause
                    : new IllegalStateException(cause);
        } finally {
            reader.interrupt(); // when writing failed, the reader may wait for room in the queue
            workers.shutdownNow();
        }
        return new Result(summary, (System.nanoTime() - start) / 1e9);
    }

    private static final CompletableFuture<ChunkResult> END = new CompletableFuture<>();

    /** One chunk done: the records to write and the results to count, in line order. */
    private record ChunkResult(List<String> records, List<HostResult> results, long inputBytes) {}

    private void readChunks(
            LineReader lines,
            ExecutorService workers,
            ThreadLocal<HostEvaluator> evaluators,
            BlockingQueue<CompletableFuture<ChunkResult>> inFlight) {
        try {
            boolean ended = false;
            while (!ended) {
                // A chunk is CHUNK_LINES lines, or fewer when they hold a mebibyte already.
                List<LineReader.Line> chunk = new ArrayList<>(CHUNK_LINES);
                long bytes = 0;
                while (chunk.size() < CHUNK_LINES && bytes < MAX_LINE_BYTES) {
                    LineReader.Line line = lines.next();
                    if (line == null) {
                        ended = true;
                        break;
                    }
                    chunk.add(line);
                    bytes += line.tooLong() ? 0 : line.bytes().length;
                }
                if (!chunk.isEmpty()) {
                    // Blocks while the writer is 2 * threads + 2 chunks behind: this bounds memory.
                    inFlight.put(
                            CompletableFuture.supplyAsync(
                                    () -> advise(chunk, evaluators.get()), workers));
                }
            }
        } catch (IOException e) {
            CompletableFuture<ChunkResult> failed = new CompletableFuture<>();
            failed.completeExceptionally(new UncheckedIOException(e));
            putQuietly(inFlight, failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            putQuietly(inFlight, END);
        }
    }

    private static void putQuietly(
            BlockingQueue<CompletableFuture<ChunkResult>> queue, CompletableFuture<ChunkResult> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ChunkResult advise(List<LineReader.Line> chunk, HostEvaluator evaluator) {
        List<String> records = new ArrayList<>(chunk.size());
        List<HostResult> results = new ArrayList<>(chunk.size());
        long bytes = 0;
        for (LineReader.Line line : chunk) {
            bytes += line.length() + 1;
            HostResult r = evaluator.evaluate(line);
            results.add(r);
            records.add(format.format(r));
        }
        return new ChunkResult(records, results, bytes);
    }

    /** The counts of a finished run, or of an earlier run's records read back. */
    public static final class Result {
        private final FleetSummary summary;
        private final double seconds;

        Result(FleetSummary summary, double seconds) {
            this.summary = summary;
            this.seconds = seconds;
        }

        public long errors() {
            return summary.errors();
        }

        /** For a person, on standard error. */
        public String text() {
            return summary.text(seconds);
        }

        /** For {@code --summary FILE} and {@code --report FILE}. */
        public FleetReport report() {
            return summary.report(seconds);
        }
    }
}
