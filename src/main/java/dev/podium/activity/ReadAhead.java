package dev.podium.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and classifies an archive on a thread of its own while the calling thread, which holds the import's
 * transaction, writes the chunks: parsing and the database work overlap instead of taking turns. At most
 * {@link #QUEUED} chunks wait between the two, so memory stays flat however big the archive. A reading failure
 * (bad input) reaches the caller as thrown by the reader; a writing failure stops the reader.
 */
final class ReadAhead {

    private static final int QUEUED = 3;
    /** A chunk is handed over early once its texts pass this many characters (articles can be long). */
    private static final long MAX_CHUNK_CHARS = 2_000_000;
    private static final Object END = new Object();

    private ReadAhead() {
    }

    static <R> R run(Executor readers, ItemClassifier classifier, Function<Consumer<ActivityItem>, R> read,
            Consumer<List<ClassifiedItem>> write) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<R> reading = CompletableFuture.supplyAsync(() -> {
            Chunker chunker = new Chunker(classifier, chunk -> hand(queue, chunk, stopped));
            R result = read.apply(chunker);
            chunker.flush();
            hand(queue, END, stopped);
            return result;
        }, readers);
        try {
            while (true) {
                Object next = queue.poll(50, TimeUnit.MILLISECONDS);
                if (next == END) {
                    return result(reading);
                }
                if (next != null) {
                    @SuppressWarnings("unchecked")
                    List<ClassifiedItem> chunk = (List<ClassifiedItem>) next;
                    write.accept(chunk);
                } else if (reading.isCompletedExceptionally()) {
                    return result(reading);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        } finally {
            stopped.set(true);
            queue.clear();
        }
    }

    private static <R> R result(CompletableFuture<R> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void hand(BlockingQueue<Object> queue, Object element, AtomicBoolean stopped) {
        try {
            while (!queue.offer(element, 50, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new CancellationException("The import stopped writing");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading");
        }
    }

    /** Classifies items as the reader hands them over and passes them on a chunk at a time. */
    private static final class Chunker implements Consumer<ActivityItem> {

        private final ItemClassifier classifier;
        private final Consumer<List<ClassifiedItem>> downstream;
        private List<ClassifiedItem> chunk = new ArrayList<>(ItemStore.CHUNK);
        private long chars;

        Chunker(ItemClassifier classifier, Consumer<List<ClassifiedItem>> downstream) {
            this.classifier = classifier;
            this.downstream = downstream;
        }

        @Override
        public void accept(ActivityItem item) {
            chunk.add(classifier.classify(item));
            chars += item.text() == null ? 0 : item.text().length();
            if (chunk.size() == ItemStore.CHUNK || chars > MAX_CHUNK_CHARS) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                downstream.accept(chunk);
                chunk = new ArrayList<>(ItemStore.CHUNK);
                chars = 0;
            }
        }
    }
}
