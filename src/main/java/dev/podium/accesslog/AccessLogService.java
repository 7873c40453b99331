package dev.podium.accesslog;

import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's reading of the access log: a lazy, filtered page, its count, and the export (itself logged). */
@Service
public class AccessLogService {

    /** Rows fetched per query while an export streams. */
    static final int EXPORT_PAGE = 1_000;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern FORMULA_AFTER_SEPARATOR = Pattern.compile("([,;\\t\\r\\n|][ ]*)([=+\\-@\\t\\r\\n])");

    private final AccessLogStore store;
    private final AccessLog log;

    AccessLogService(AccessLogStore store, AccessLog log) {
        this.store = store;
        this.log = log;
    }

    /** Newest first. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<AccessLogEntry> page(AccessLogFilter filter, long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("A page is 1 to 10000 rows from offset 0 on, not " + limit + " from "
                    + offset);
        }
        return store.page(filter, offset, limit);
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public long count(AccessLogFilter filter) {
        return store.count(filter);
    }

    /**
     * Writes the filtered log as CSV (UTF-8 with BOM, every cell quoted, no cell read as a formula), newest first,
     * a page at a time. The export is recorded first, in its own transaction: an export that breaks off half-way was
     * still an export.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public void exportCsv(AccessLogFilter filter, List<String> headers, ActionLabels labels, OutputStream out)
            throws IOException {
        log.record(AccessLogAction.EXPORTED, null, "access log", "HR audit log as CSV, " + filter.describe());
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat everyCellQuoted = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
        CSVPrinter printer = new CSVPrinter(writer, everyCellQuoted);
        printer.printRecord(headers);
        long offset = 0;
        List<AccessLogEntry> page;
        do {
            page = store.page(filter, offset, EXPORT_PAGE);
            for (AccessLogEntry entry : page) {
                printer.printRecord(entry.recordedAt().toString(), neutralise(entry.actorName()),
                        neutralise(labels.label(entry.action())),
                        entry.person() == null ? "" : Long.toString(entry.person().value()),
                        entry.group() == null ? "" : neutralise(entry.group()), neutralise(entry.detail()),
                        neutralise(entry.node()));
            }
            offset += page.size();
        } while (page.size() == EXPORT_PAGE);
        printer.flush();
    }

    /** The words for an action in the reader's language (the view's translations). */
    @FunctionalInterface
    public interface ActionLabels {
        String label(AccessLogAction action);
    }

    // OWASP's rule against formula injection, as reporting's exports apply it
    private static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String inside = FORMULA_AFTER_SEPARATOR.matcher(text).replaceAll("$1'$2");
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' ? "'" + inside : inside;
    }
}
