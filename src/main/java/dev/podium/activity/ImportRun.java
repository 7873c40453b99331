package dev.podium.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the import log: who imported which file when, and what came of it. */
@Entity
@Table(name = "activity_import")
class ImportRun {

    enum Status { COMPLETED, REJECTED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_import_seq")
    @SequenceGenerator(name = "activity_import_seq", sequenceName = "activity_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    private ActivitySource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "items_read", nullable = false)
    private int itemsRead;

    @Column(name = "items_added", nullable = false)
    private int itemsAdded;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected ImportRun() {
    }

    /** Started now; it counts as failed until {@link #complete} says otherwise in the same transaction. */
    ImportRun(long employeeId, String fileName, Instant startedAt) {
        this.employeeId = employeeId;
        this.fileName = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        this.startedAt = startedAt;
        this.finishedAt = startedAt;
        this.status = Status.FAILED;
    }

    /** Refused on bad input ({@code messageKey} says why), or failed on our side ({@code messageKey} null). */
    static ImportRun refused(long employeeId, String fileName, String messageKey, Instant startedAt,
            Instant finishedAt) {
        ImportRun run = new ImportRun(employeeId, fileName, startedAt);
        run.status = messageKey == null ? Status.FAILED : Status.REJECTED;
        run.messageKey = messageKey == null || messageKey.length() <= 120 ? messageKey : messageKey.substring(0, 120);
        run.finishedAt = finishedAt;
        return run;
    }

    void complete(ActivitySource source, int read, int added, Instant finishedAt) {
        this.source = source;
        this.itemsRead = read;
        this.itemsAdded = added;
        this.status = Status.COMPLETED;
        this.finishedAt = finishedAt;
    }

    Long id() {
        return id;
    }

    ImportSummary summary() {
        return new ImportSummary(fileName, source, itemsRead, itemsAdded, finishedAt);
    }
}
