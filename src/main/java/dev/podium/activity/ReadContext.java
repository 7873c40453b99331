package dev.podium.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Passes items on to the sink and keeps only counts: per file and kind, the time span, what was skipped. */
final class ReadContext {

    /** Media and other files are not listed one by one beyond this many, to keep the report readable. */
    private static final int MAX_LISTED_SKIPS = 50;

    private final BiConsumer<String, ActivityItem> sink;
    private final Map<String, Map<ActivityKind, Integer>> perFile = new java.util.LinkedHashMap<>();
    private final Map<ActivityKind, Integer> totals = new EnumMap<>(ActivityKind.class);
    private final List<SkippedFile> skipped = new ArrayList<>();
    private int unlistedSkips;
    private ActivitySource source;
    private Instant earliest;
    private Instant latest;
    private int itemsWithoutDate;

    /** X long posts by the second they were made, read before tweets.js so the full text replaces the cut one. */
    private final Map<Long, String> xLongPosts = new java.util.HashMap<>();
    private boolean xPostsRead;

    ReadContext(BiConsumer<String, ActivityItem> sink) {
        this.sink = sink;
    }

    void accept(String fileName, ActivityItem item) {
        if (source == null) {
            source = item.source();
        }
        perFile.computeIfAbsent(fileName, f -> new EnumMap<>(ActivityKind.class)).merge(item.kind(), 1, Integer::sum);
        totals.merge(item.kind(), 1, Integer::sum);
        if (earliest == null || item.occurredAt().isBefore(earliest)) {
            earliest = item.occurredAt();
        }
        if (latest == null || item.occurredAt().isAfter(latest)) {
            latest = item.occurredAt();
        }
        try {
            sink.accept(fileName, item);
        } catch (RuntimeException e) {
            throw new SinkFailed(e);
        }
    }

    /** A file that was read but gave nothing still shows in the report. */
    void fileRead(String fileName) {
        perFile.computeIfAbsent(fileName, f -> new EnumMap<>(ActivityKind.class));
    }

    Map<Long, String> xLongPosts() {
        return xLongPosts;
    }

    boolean xPostsRead() {
        return xPostsRead;
    }

    void xPostsRead(boolean read) {
        xPostsRead = read;
    }

    void withoutDate() {
        itemsWithoutDate++;
    }

    void skip(String fileName, String reasonKey, String reason) {
        if (skipped.size() < MAX_LISTED_SKIPS) {
            skipped.add(new SkippedFile(fileName, reasonKey, reason));
        } else {
            unlistedSkips++;
        }
    }

    int itemCount() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    int itemsWithoutDate() {
        return itemsWithoutDate;
    }

    ArchiveReport report(ActivitySource fallback) {
        List<SkippedFile> allSkipped = new ArrayList<>(skipped);
        if (unlistedSkips > 0) {
            allSkipped.add(new SkippedFile("(" + unlistedSkips + " more files)", "activity.skipped.more-files",
                    unlistedSkips + " more files were not needed"));
        }
        List<FileReport> files = perFile.entrySet().stream()
                .map(e -> new FileReport(e.getKey(), e.getValue())).toList();
        return new ArchiveReport(source == null ? fallback : source, files, allSkipped, totals, earliest, latest,
                itemsWithoutDate);
    }
}
