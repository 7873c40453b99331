package dev.podium.drafts;

/**
 * What a draft is for, with the platform's limit in characters. LinkedIn's limits: headline 220, About 2,600 and
 * post 3,000 (DOMAIN.md §4, "Limits"); a comment 1,250 (LinkedIn Help, "Comment on a post": comments up to 1,250
 * characters). Counted as Unicode code points, as the course player counts a submission.
 */
public enum DraftKind {
    HEADLINE(220), ABOUT(2_600), POST(3_000), COMMENT(1_250);

    private final int limit;

    DraftKind(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
