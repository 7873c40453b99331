package dev.podium.drafts;

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

/** A word on one of HR's lists for the draft check. */
@Entity
@Table(name = "draft_watch_word")
class WatchWord {

    static final int MAX_WORD = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_watch_word_seq")
    @SequenceGenerator(name = "draft_watch_word_seq", sequenceName = "draft_watch_word_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false, updatable = false)
    private WatchListKind listKind;

    @Column(nullable = false, updatable = false)
    private String word;

    @Column(name = "added_by", nullable = false, updatable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected WatchWord() {
    }

    WatchWord(WatchListKind listKind, String word, long addedBy, Instant addedAt) {
        this.listKind = listKind;
        this.word = word;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long id() {
        return id;
    }

    WatchListKind listKind() {
        return listKind;
    }

    String word() {
        return word;
    }

    Instant addedAt() {
        return addedAt;
    }
}
