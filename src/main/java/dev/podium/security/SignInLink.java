package dev.podium.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A one-time link to choose a password; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "sign_in_link")
class SignInLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_link_seq")
    @SequenceGenerator(name = "sign_in_link_seq", sequenceName = "sign_in_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version
    private long version;

    protected SignInLink() {
    }

    SignInLink(long accountId, LinkPurpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** What the link is worth now, before looking at the person's account. */
    LinkState state(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        if (supersededAt != null) {
            return LinkState.SUPERSEDED;
        }
        if (!expiresAt.isAfter(now)) {
            return LinkState.EXPIRED;
        }
        return LinkState.VALID;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    void supersede(Instant now) {
        if (usedAt == null && supersededAt == null) {
            this.supersededAt = now;
        }
    }

    long accountId() {
        return accountId;
    }

    LinkPurpose purpose() {
        return purpose;
    }
}
