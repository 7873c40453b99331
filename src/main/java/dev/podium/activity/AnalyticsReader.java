package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads LinkedIn's analytics export (.xlsx; DOMAIN.md §2 point 10) sheet by sheet with fastexcel's streaming reader
 * and hands every row on to a sink; nothing of the workbook is held beyond the row being read (and the set of post
 * keys, to count distinct posts).
 * <p>
 * Before the workbook is opened, every part of the container is unpacked once under the limits (actual bytes,
 * compression ratio, number of parts), so a zip bomb never reaches the XML parser. Macros, external links and
 * formulas are refused: LinkedIn writes plain values, so any of them means the file was made or changed by
 * someone else.
 * <p>
 * Sheets are found by name (English or Danish), columns by their titles (English or Danish), and the title row by
 * scanning the first rows, since TOP POSTS and FOLLOWERS carry a note row before the titles. Dates may be real
 * date cells or text in the export's language: {@code 1/15/2024} (English, month first), {@code 15.1.2024} or
 * {@code 15/01/2024} (Danish, day first), {@code 2024-01-15}; a day above 12 settles the order on its own.
 */
final class AnalyticsReader {

    enum Kind { DISCOVERY, ENGAGEMENT, TOP_POSTS, FOLLOWERS, DEMOGRAPHICS }

    private static final Map<String, Kind> SHEETS = Map.ofEntries(
            Map.entry("discovery", Kind.DISCOVERY), Map.entry("opdagelse", Kind.DISCOVERY),
            Map.entry("engagement", Kind.ENGAGEMENT), Map.entry("interaktioner", Kind.ENGAGEMENT),
            Map.entry("top posts", Kind.TOP_POSTS), Map.entry("topopslag", Kind.TOP_POSTS),
            Map.entry("top opslag", Kind.TOP_POSTS), Map.entry("populære opslag", Kind.TOP_POSTS),
            Map.entry("followers", Kind.FOLLOWERS), Map.entry("følgere", Kind.FOLLOWERS),
            Map.entry("demographics", Kind.DEMOGRAPHICS), Map.entry("demografi", Kind.DEMOGRAPHICS));

    enum Column { DATE, IMPRESSIONS, ENGAGEMENTS, POST_URL, PUBLISHED, COMMENTS, REPOSTS, REACTIONS, NEW_FOLLOWERS }

    /** Column titles, lower case; the Danish ones also mark the export as Danish (day-first dates). */
    private static final Map<String, Column> ENGLISH = Map.ofEntries(
            Map.entry("date", Column.DATE), Map.entry("impressions", Column.IMPRESSIONS),
            Map.entry("engagements", Column.ENGAGEMENTS), Map.entry("post url", Column.POST_URL),
            Map.entry("post publish date", Column.PUBLISHED), Map.entry("publish date", Column.PUBLISHED),
            Map.entry("comments", Column.COMMENTS), Map.entry("reposts", Column.REPOSTS),
            Map.entry("reshares", Column.REPOSTS), Map.entry("reactions", Column.REACTIONS),
            Map.entry("new followers", Column.NEW_FOLLOWERS));
    private static final Map<String, Column> DANISH = Map.ofEntries(
            Map.entry("dato", Column.DATE), Map.entry("visninger", Column.IMPRESSIONS),
            Map.entry("eksponeringer", Column.IMPRESSIONS), Map.entry("engagementer", Column.ENGAGEMENTS),
            Map.entry("interaktioner", Column.ENGAGEMENTS), Map.entry("opslagets url", Column.POST_URL),
            Map.entry("url til opslag", Column.POST_URL), Map.entry("udgivelsesdato for opslag", Column.PUBLISHED),
            Map.entry("opslagets udgivelsesdato", Column.PUBLISHED), Map.entry("kommentarer", Column.COMMENTS),
            Map.entry("videredelinger", Column.REPOSTS), Map.entry("genopslag", Column.REPOSTS),
            Map.entry("reaktioner", Column.REACTIONS), Map.entry("nye følgere", Column.NEW_FOLLOWERS));

    private static final Set<String> IMPRESSIONS_LABELS = Set.of("impressions", "visninger", "eksponeringer");
    private static final Set<String> REACHED_LABELS = Set.of("members reached", "nåede medlemmer",
            "medlemmer nået", "unikke visninger");
    private static final Pattern TOTAL_FOLLOWERS = Pattern.compile(
            "(?i)(total followers on|følgere i alt pr\\.?|følgere i alt den|samlet antal følgere pr\\.?)\\s*(.+?):?\\s*$");
    private static final Pattern URN = Pattern.compile("urn:li:(activity|share|ugcPost):(\\d{1,20})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([ T].*)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}([.,\\s\u00a0\u202f]\\d{3})+");
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    /** Rows scanned for a sheet's title row (TOP POSTS and FOLLOWERS put a note and a blank row above it). */
    private static final int TITLE_ROWS = 6;
    /** Excel day numbers of 1 Jan 2000 and 31 Dec 2099: a number cell in a date column must fall in between. */
    private static final double FIRST_SERIAL = 36_526;
    private static final double LAST_SERIAL = 73_050;

    private final ActivityProperties.Analytics limits;
    private final ArchiveLimits archiveLimits;

    AnalyticsReader(ActivityProperties.Analytics limits, ArchiveLimits archiveLimits) {
        this.limits = limits;
        this.archiveLimits = archiveLimits;
    }

    /** Whether the file is an Office Open XML package (an .xlsx) rather than a LinkedIn data archive. */
    static boolean isWorkbook(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads the whole export and hands every row to the sink.
     *
     * @param upload the name the person's browser gave the file, for messages
     * @throws ArchiveRejected for a hostile or unreadable file, naming sheet and row where one applies
     */
    AnalyticsReport read(String upload, Path file, AnalyticsFigures.Sink sink) {
        String name = upload == null || upload.isBlank() ? file.getFileName().toString() : upload;
        try {
            if (Files.size(file) > archiveLimits.maxUploadBytes()) {
                throw Rejections.uploadTooLarge(name, archiveLimits.maxUploadBytes());
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw analytics(name, "old-excel", "this is an old Excel file (.xls); LinkedIn's export is .xlsx",
                        name);
            }
            if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw Rejections.unknownFormat(name);
            }
            checkContainer(name, file);
        } catch (ArchiveRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(name, e);
        }
        Reading reading = new Reading(name, sink);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                Kind kind = SHEETS.get(normalise(sheet.getName()));
                if (kind == null) {
                    reading.skipped.add(new SkippedFile(sheet.getName(), "activity.skipped.analytics.unknown-sheet",
                            "not a sheet of LinkedIn's analytics export"));
                } else if (kind == Kind.DEMOGRAPHICS) {
                    // who saw the posts, in percentages: an audience, not a conversation, and never a goal here
                    reading.skipped.add(new SkippedFile(sheet.getName(), "activity.skipped.analytics.demographics",
                            "audience demographics are not used"));
                    reading.known++;
                } else {
                    reading.known++;
                    reading.sheet = sheet.getName();
                    try (Stream<Row> rows = sheet.openStream()) {
                        reading.read(kind, rows.iterator());
                    }
                }
            }
        } catch (ArchiveRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(reading.sheet == null ? name : name + " › " + reading.sheet, e);
        }
        if (reading.known == 0) {
            throw analytics(name, "wrong-sheets", "none of its sheets is one of LinkedIn's analytics export "
                    + "(DISCOVERY, ENGAGEMENT, TOP POSTS, FOLLOWERS, DEMOGRAPHICS)", name);
        }
        if (reading.rowsPerSheet.values().stream().allMatch(n -> n == 0) && reading.impressions == null
                && reading.totalFollowers == null) {
            throw analytics(name, "empty", "its sheets hold no figures", name);
        }
        return reading.report();
    }

    /** Unpacks every part once under the limits; refuses macros, external links and unsafe paths. */
    private void checkContainer(String name, Path file) throws IOException {
        long max = limits.maxUnpacked().toBytes();
        ArchiveLimits unpackLimits = new ArchiveLimits(archiveLimits.maxUploadBytes(), max, max,
                archiveLimits.maxEntries(), archiveLimits.maxCompressionRatio());
        LimitedInputStream.Total total = new LimitedInputStream.Total();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            int entries = 0;
            boolean workbook = false;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > archiveLimits.maxEntries()) {
                    throw Rejections.tooManyEntries(name, archiveLimits.maxEntries());
                }
                String part = ArchiveEntries.safePath(entry.getName());
                String lower = part.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.startsWith("xl/externallinks/")) {
                    throw analytics(name, "macros", "it holds macros or links to other files, which LinkedIn's "
                            + "export never does", name);
                }
                workbook |= lower.equals("xl/workbook.xml");
                if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
                    continue;
                }
                long packed = Math.max(1, entry.getCompressedSize());
                try (InputStream raw = zip.getInputStream(entry)) {
                    LimitedInputStream in = new LimitedInputStream(raw, name + " › " + part, unpackLimits, total,
                            () -> packed);
                    in.drain();
                }
            }
            if (!workbook) {
                throw Rejections.unknownFormat(name);
            }
        }
    }

    private static RuntimeException translate(String where, Throwable e) {
        ArchiveRejected known = Rejections.fromCause(where, e);
        return known != null ? known : Rejections.unreadable(where, e);
    }

    static ArchiveRejected analytics(String file, String reason, String english, Object... arguments) {
        return new ArchiveRejected(file, null, "activity.rejected.analytics." + reason, english, arguments);
    }

    private static ArchiveRejected atRow(String file, String sheet, int row, String reason, String english,
            Object value) {
        return new ArchiveRejected(file, row, "activity.rejected.analytics." + reason,
                "sheet " + sheet + ", row " + row + ": " + english, file, sheet, row, value);
    }

    static String normalise(String title) {
        if (title == null) {
            return "";
        }
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC).strip()
                .replaceAll("[\\s_\u00a0]+", " ").replaceAll(":$", "").toLowerCase(Locale.ROOT);
    }

    /** The post's URN from a LinkedIn URL (percent-encoded or not), else the URL without query and fragment. */
    static String postKey(String url) {
        String decoded = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        Matcher m = URN.matcher(decoded);
        if (m.find()) {
            return "urn:li:" + m.group(1) + ":" + m.group(2);
        }
        String bare = decoded.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return bare.length() > ActivityItem.MAX_KEY_LENGTH ? bare.substring(0, ActivityItem.MAX_KEY_LENGTH) : bare;
    }

    /** The state of one reading: counts, the sheet and the export's language. */
    private final class Reading {
        final String file;
        final AnalyticsFigures.Sink sink;
        final Map<String, Integer> rowsPerSheet = new LinkedHashMap<>();
        final List<SkippedFile> skipped = new ArrayList<>();
        final Set<String> posts = new HashSet<>();
        final Set<String> postsWithComments = new HashSet<>();
        String sheet;
        int known;
        int days;
        int followerDays;
        Boolean danish;
        LocalDate periodStart;
        LocalDate periodEnd;
        Integer impressions;
        Integer membersReached;
        Integer totalFollowers;
        LocalDate totalFollowersOn;
        LocalDate earliest;
        LocalDate latest;
        /** A total-followers line whose date waits for the export's language. */
        String pendingTotalDate;
        int pendingTotalRow;

        Reading(String file, AnalyticsFigures.Sink sink) {
            this.file = file;
            this.sink = sink;
        }

        void read(Kind kind, Iterator<Row> rows) {
            rowsPerSheet.putIfAbsent(sheet, 0);
            Map<Integer, Column> columns = null;
            int seen = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                if (++seen > limits.maxRowsPerSheet()) {
                    throw new ArchiveRejected(file, null, "activity.rejected.analytics.too-many-rows",
                            "sheet " + sheet + " has more than " + limits.maxRowsPerSheet() + " rows", file, sheet,
                            limits.maxRowsPerSheet());
                }
                List<String> texts = texts(row);
                if (texts.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (kind == Kind.DISCOVERY) {
                    discovery(row, texts);
                    continue;
                }
                if (columns == null) {
                    if (kind == Kind.FOLLOWERS && totalFollowersLine(row, texts)) {
                        continue;
                    }
                    columns = titles(texts);
                    if (columns != null && !columns.isEmpty()) {
                        requireColumns(kind, columns, row.getRowNum());
                        continue;
                    }
                    if (row.getRowNum() > TITLE_ROWS) {
                        throw atRow(file, sheet, row.getRowNum(), "no-titles", "no row names the columns "
                                + expected(kind), expected(kind));
                    }
                    columns = null;
                    continue;
                }
                switch (kind) {
                    case ENGAGEMENT -> engagement(row, columns);
                    case TOP_POSTS -> topPosts(row, columns);
                    case FOLLOWERS -> followers(row, columns);
                    default -> { }
                }
                rowsPerSheet.merge(sheet, 1, Integer::sum);
            }
            if (pendingTotalDate != null) {
                totalFollowersOn = date(pendingTotalDate, pendingTotalRow);
                pendingTotalDate = null;
            }
        }

        /** Cell texts of a row, refusing formulas and cells over the limit; empty strings for empty cells. */
        private List<String> texts(Row row) {
            if (row.getCellCount() > limits.maxColumns()) {
                throw atRow(file, sheet, row.getRowNum(), "too-many-columns", "more than " + limits.maxColumns()
                        + " columns", limits.maxColumns());
            }
            List<String> texts = new ArrayList<>(row.getCellCount());
            for (int c = 0; c < row.getCellCount(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    texts.add("");
                    continue;
                }
                if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
                    throw atRow(file, sheet, row.getRowNum(), "formula", "cell " + cell.getAddress()
                            + " holds a formula; LinkedIn's export holds plain values only", cell.getAddress());
                }
                String text = value(cell);
                if (text.length() > limits.maxCellChars()) {
                    throw atRow(file, sheet, row.getRowNum(), "cell-too-long", "cell " + cell.getAddress()
                            + " holds more than " + limits.maxCellChars() + " characters", limits.maxCellChars());
                }
                texts.add(text.strip());
            }
            return texts;
        }

        /** The column of each title, or null when the row is not a title row (no cell is a known title). */
        private Map<Integer, Column> titles(List<String> texts) {
            Map<Integer, Column> columns = new HashMap<>();
            for (int c = 0; c < texts.size(); c++) {
                String title = normalise(texts.get(c));
                Column english = ENGLISH.get(title);
                Column danishColumn = DANISH.get(title);
                if (english != null) {
                    columns.put(c, english);
                    danish = danish == null ? Boolean.FALSE : danish;
                } else if (danishColumn != null) {
                    columns.put(c, danishColumn);
                    danish = Boolean.TRUE;
                }
            }
            return columns.isEmpty() ? null : columns;
        }

        private void requireColumns(Kind kind, Map<Integer, Column> columns, int row) {
            Set<Column> present = new HashSet<>(columns.values());
            boolean complete = switch (kind) {
                case ENGAGEMENT -> present.containsAll(Set.of(Column.DATE, Column.IMPRESSIONS));
                case TOP_POSTS -> present.contains(Column.POST_URL);
                case FOLLOWERS -> present.containsAll(Set.of(Column.DATE, Column.NEW_FOLLOWERS));
                default -> true;
            };
            if (!complete) {
                throw atRow(file, sheet, row, "missing-columns", "the titles should name " + expected(kind),
                        expected(kind));
            }
        }

        private static String expected(Kind kind) {
            return switch (kind) {
                case ENGAGEMENT -> "Date, Impressions, Engagements";
                case TOP_POSTS -> "Post URL, Post publish date, Engagements / Impressions";
                case FOLLOWERS -> "Date, New followers";
                default -> "";
            };
        }

        private void discovery(Row row, List<String> texts) {
            String label = normalise(texts.get(0));
            String value = texts.size() > 1 ? texts.get(1) : "";
            if (IMPRESSIONS_LABELS.contains(label)) {
                impressions = count(value, row.getRowNum(), true);
                danish = danish == null ? !label.equals("impressions") : danish;
            } else if (REACHED_LABELS.contains(label)) {
                membersReached = count(value, row.getRowNum(), true);
            } else if (value.contains(" - ") || value.contains(" – ")) {
                // "Overall Performance | 1/1/2024 - 3/31/2024": the period the export covers
                if (danish == null && (label.startsWith("samlet") || label.startsWith("overordnet"))) {
                    danish = Boolean.TRUE;
                }
                String[] parts = value.split("\\s[-–]\\s", 2);
                periodStart = date(parts[0].strip(), row.getRowNum());
                periodEnd = date(parts[1].strip(), row.getRowNum());
            }
        }

        private boolean totalFollowersLine(Row row, List<String> texts) {
            Matcher m = TOTAL_FOLLOWERS.matcher(texts.get(0));
            if (!m.matches()) {
                return false;
            }
            totalFollowers = count(texts.size() > 1 ? texts.get(1) : "", row.getRowNum(), false);
            // the date's order is known once the title row has shown the language
            pendingTotalDate = m.group(2).strip();
            pendingTotalRow = row.getRowNum();
            if (m.group(1).toLowerCase(Locale.ROOT).startsWith("f") || m.group(1).startsWith("s")) {
                danish = Boolean.TRUE;
            }
            return true;
        }

        private void engagement(Row row, Map<Integer, Column> columns) {
            LocalDate day = null;
            int shown = 0;
            int engaged = 0;
            for (Map.Entry<Integer, Column> c : columns.entrySet()) {
                switch (c.getValue()) {
                    case DATE -> day = dateCell(row, c.getKey());
                    case IMPRESSIONS -> shown = count(cellText(row, c.getKey()), row.getRowNum(), false);
                    case ENGAGEMENTS -> engaged = count(cellText(row, c.getKey()), row.getRowNum(), false);
                    default -> { }
                }
            }
            if (day == null) {
                throw atRow(file, sheet, row.getRowNum(), "bad-date", "the date is missing", "");
            }
            seen(day);
            days++;
            sink.day(new AnalyticsFigures.Day(day, shown, engaged));
        }

        private void followers(Row row, Map<Integer, Column> columns) {
            LocalDate day = null;
            int gained = 0;
            for (Map.Entry<Integer, Column> c : columns.entrySet()) {
                if (c.getValue() == Column.DATE) {
                    day = dateCell(row, c.getKey());
                } else if (c.getValue() == Column.NEW_FOLLOWERS) {
                    gained = count(cellText(row, c.getKey()), row.getRowNum(), false);
                }
            }
            if (day == null) {
                throw atRow(file, sheet, row.getRowNum(), "bad-date", "the date is missing", "");
            }
            seen(day);
            followerDays++;
            sink.followers(new AnalyticsFigures.FollowerDay(day, gained));
        }

        /**
         * TOP POSTS: one or more blocks side by side, each starting with a Post URL column (the export lists the top
         * posts by engagements on the left and by impressions on the right); every block gives one post figure.
         */
        private void topPosts(Row row, Map<Integer, Column> columns) {
            List<Integer> starts = columns.entrySet().stream().filter(e -> e.getValue() == Column.POST_URL)
                    .map(Map.Entry::getKey).sorted().toList();
            for (int b = 0; b < starts.size(); b++) {
                int from = starts.get(b);
                int to = b + 1 < starts.size() ? starts.get(b + 1) : Integer.MAX_VALUE;
                String url = cellText(row, from);
                if (url.isEmpty()) {
                    continue;
                }
                if (!url.startsWith("https://") && !url.startsWith("http://")) {
                    throw atRow(file, sheet, row.getRowNum(), "bad-url", "\"" + shorten(url)
                            + "\" is not a link to a post", shorten(url));
                }
                LocalDate published = null;
                Integer shown = null;
                Integer engaged = null;
                Integer comments = null;
                Integer reposts = null;
                Integer reactions = null;
                for (Map.Entry<Integer, Column> c : columns.entrySet()) {
                    int col = c.getKey();
                    if (col <= from || col >= to) {
                        continue;
                    }
                    String text = cellText(row, col);
                    switch (c.getValue()) {
                        case PUBLISHED, DATE -> published = dateCell(row, col);
                        case IMPRESSIONS -> shown = countOrNull(text, row.getRowNum());
                        case ENGAGEMENTS -> engaged = countOrNull(text, row.getRowNum());
                        case COMMENTS -> comments = countOrNull(text, row.getRowNum());
                        case REPOSTS -> reposts = countOrNull(text, row.getRowNum());
                        case REACTIONS -> reactions = countOrNull(text, row.getRowNum());
                        default -> { }
                    }
                }
                String key = postKey(url);
                posts.add(key);
                if (comments != null) {
                    postsWithComments.add(key);
                }
                if (published != null) {
                    seen(published);
                }
                sink.post(new AnalyticsFigures.Post(key, url.length() > 2048 ? null : url, published, shown, engaged,
                        comments, reposts, reactions));
            }
        }

        private String cellText(Row row, int column) {
            Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
            if (cell == null || cell.getType() == CellType.EMPTY) {
                return "";
            }
            return value(cell).strip();
        }

        private LocalDate dateCell(Row row, int column) {
            Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
            if (cell == null || cell.getType() == CellType.EMPTY) {
                return null;
            }
            if (cell.getType() == CellType.NUMBER) {
                BigDecimal serial = cell.asNumber();
                if (serial.doubleValue() < FIRST_SERIAL || serial.doubleValue() > LAST_SERIAL) {
                    throw atRow(file, sheet, row.getRowNum(), "bad-date", "\"" + serial.toPlainString()
                            + "\" is not a date", serial.toPlainString());
                }
                return LocalDate.of(1899, 12, 30).plusDays(serial.longValue());
            }
            return date(cellText(row, column), row.getRowNum());
        }

        private LocalDate date(String text, int row) {
            String value = text.strip();
            try {
                Matcher iso = ISO_DATE.matcher(value);
                if (iso.matches()) {
                    return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                }
                Matcher numeric = NUMERIC_DATE.matcher(value);
                if (numeric.matches()) {
                    int first = Integer.parseInt(numeric.group(1));
                    int second = Integer.parseInt(numeric.group(3));
                    int year = Integer.parseInt(numeric.group(4));
                    year = year < 100 ? 2000 + year : year;
                    // a day over 12 settles the order; otherwise '/' in an English export is month first
                    boolean dayFirst = first > 12 || second <= 12 && (!numeric.group(2).equals("/")
                            || Boolean.TRUE.equals(danish));
                    return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
                }
                return LocalDate.parse(value, ENGLISH_MONTH);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                throw atRow(file, sheet, row, "bad-date", "\"" + shorten(value) + "\" is not a date", shorten(value));
            }
        }

        private Integer countOrNull(String text, int row) {
            return text.isEmpty() ? null : count(text, row, false);
        }

        /** A whole number, with or without thousands separators ("1,234", "1.234", "1 234"). */
        private int count(String text, int row, boolean optional) {
            String value = text.strip();
            if (value.isEmpty()) {
                return 0;
            }
            try {
                // number cells arrive without a decimal point; text may group thousands as 1,234 / 1.234 / 1 234
                if (value.matches("\\d+") || COUNT.matcher(value).matches()) {
                    return Math.toIntExact(Long.parseLong(value.replaceAll("[.,\\s\u00a0\u202f]", "")));
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // falls through to the message below
            }
            throw atRow(file, sheet, row, "bad-number", "\"" + shorten(value) + "\" is not a whole number",
                    shorten(value));
        }

        private void seen(LocalDate day) {
            earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }

        AnalyticsReport report() {
            return new AnalyticsReport(rowsPerSheet, skipped, posts.size(), postsWithComments.size(), days,
                    followerDays, periodStart, periodEnd, impressions, membersReached, totalFollowers,
                    totalFollowersOn, earliest, latest);
        }
    }

    /** A cell's value as text: strings as written, numbers without exponent. */
    private static String value(Cell cell) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> value == null ? "" : value.toString();
            case NUMBER -> value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : String.valueOf(cell.getRawValue());
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
