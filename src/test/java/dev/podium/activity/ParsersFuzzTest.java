package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Mutated and random input thrown at every reader: the only thing that may come out besides a report is an
 * {@link ArchiveRejected}, and nothing may hang. The tries are few on purpose; this runs with every build.
 */
class ParsersFuzzTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(1L << 20, 2L << 20, 4L << 20, 200, 100);
    /** Not a speed check: a guard so that a parser looping forever fails the test instead of the build. */
    private static final Duration HANG = Duration.ofSeconds(30);

    /** Upload name and content of every format the reader knows. */
    private static final Map<String, byte[]> VALID = valid();

    private static Map<String, byte[]> valid() {
        Map<String, byte[]> valid = new LinkedHashMap<>();
        valid.put("Shares.csv", ActivityFixtures.bytes("linkedin/Shares.csv"));
        valid.put("Comments.csv", ActivityFixtures.bytes("linkedin/Comments.csv"));
        valid.put("Reactions.csv", ActivityFixtures.bytes("linkedin/Reactions.csv"));
        valid.put("InstantReposts.csv", ActivityFixtures.bytes("linkedin/InstantReposts.csv"));
        valid.put("outbox.json", ActivityFixtures.bytes("mastodon/outbox.json"));
        valid.put("tweets.js", ActivityFixtures.bytes("x/tweets.js"));
        valid.put("blog.rss", ActivityFixtures.bytes("feeds/blog.rss"));
        valid.put("blog.atom", ActivityFixtures.bytes("feeds/blog.atom"));
        try {
            Path dir = Files.createTempDirectory("fuzz-fixtures");
            Path zip = ActivityFixtures.zip(dir.resolve("export.zip"),
                    ActivityFixtures.folder("linkedin", UnaryOperator.identity()));
            valid.put("export.zip", Files.readAllBytes(zip));
            Map<String, byte[]> x = new LinkedHashMap<>();
            x.put("data/note-tweet.js", ActivityFixtures.bytes("x/note-tweet.js"));
            x.put("data/tweets.js", ActivityFixtures.bytes("x/tweets.js"));
            Path twitter = ActivityFixtures.zip(dir.resolve("twitter.zip"), x);
            valid.put("twitter.zip", Files.readAllBytes(twitter));
            Files.delete(twitter);
            Path tgz = dir.resolve("archive.tar.gz");
            try (OutputStream out = Files.newOutputStream(tgz);
                    GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out);
                    TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
                byte[] outbox = ActivityFixtures.bytes("mastodon/outbox.json");
                TarArchiveEntry entry = new TarArchiveEntry("outbox.json");
                entry.setSize(outbox.length);
                tar.putArchiveEntry(entry);
                tar.write(outbox);
                tar.closeArchiveEntry();
            }
            valid.put("archive.tar.gz", Files.readAllBytes(tgz));
            Files.delete(zip);
            Files.delete(tgz);
            Files.delete(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return valid;
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(List.copyOf(VALID.keySet()));
    }

    @Property(tries = 150)
    void mutated_input_either_reads_or_is_rejected(@ForAll("formats") String name, @ForAll long seed)
            throws IOException {
        byte[] mutated = mutate(VALID.get(name), new Random(seed));

        assertOnlyRejections(name, mutated);
    }

    @Property(tries = 40)
    void random_bytes_under_any_name_never_escape_as_another_exception(@ForAll("formats") String name,
            @ForAll @Size(max = 3000) byte[] noise) throws IOException {
        assertOnlyRejections(name, noise);
    }

    @Property(tries = 10)
    void the_untouched_fixtures_read_without_rejection(@ForAll("formats") String name) throws IOException {
        Path file = Files.createTempFile("fuzz", "-" + name);
        try {
            Files.write(file, VALID.get(name));
            List<ActivityItem> items = new ArrayList<>();
            new ArchiveReader(LIMITS).read(name, file, items::add);
            assertThat(items).isNotEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertOnlyRejections(String name, byte[] content) throws IOException {
        Path file = Files.createTempFile("fuzz", "-" + name);
        try {
            Files.write(file, content);
            ItemClassifier classifier = new ItemClassifier(ActivityProperties.defaults(), java.util.Set.of("acme.example"));
            List<ClassifiedItem> classified = new ArrayList<>();
            assertTimeoutPreemptively(HANG, () -> {
                try {
                    new ArchiveReader(LIMITS).read(name, file, item -> classified.add(classifier.classify(item)));
                    new SocialLeadershipCalculator(ActivityProperties.defaults()).compute(classified,
                            List.of(new VoiceTopic("Leadership", List.of("trust"), List.of("#leadership"))),
                            LocalDate.of(2026, 3, 15));
                } catch (ArchiveRejected expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                    assertThat(expected.fileName()).isNotBlank();
                    assertThat(expected.messageKey()).startsWith("activity.rejected.");
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One to four edits of the kinds that break parsers: flipped bytes, cuts, insertions, quotes and brackets. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        byte[][] specials = {"\"".getBytes(), "\\".getBytes(), "\n".getBytes(), "\r\n".getBytes(), "{".getBytes(),
                "]".getBytes(), "<".getBytes(), "&".getBytes(), ",".getBytes(), "%".getBytes(),
                {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}};
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> {
                    bytes[at] = (byte) random.nextInt(256);
                    yield bytes;
                }
                case 1 -> java.util.Arrays.copyOf(bytes, at);
                case 2 -> insert(bytes, at, specials[random.nextInt(specials.length)]);
                case 3 -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
                    byte[] cut = new byte[bytes.length - (end - at)];
                    System.arraycopy(bytes, 0, cut, 0, at);
                    System.arraycopy(bytes, end, cut, at, bytes.length - end);
                    yield cut;
                }
                case 4 -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
                    yield insert(bytes, at, java.util.Arrays.copyOfRange(bytes, at, end));
                }
                default -> {
                    byte[] noise = new byte[1 + random.nextInt(16)];
                    random.nextBytes(noise);
                    yield insert(bytes, at, noise);
                }
            };
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] insertion) {
        byte[] result = new byte[bytes.length + insertion.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insertion, 0, result, at, insertion.length);
        System.arraycopy(bytes, at, result, at + insertion.length, bytes.length - at);
        return result;
    }
}
