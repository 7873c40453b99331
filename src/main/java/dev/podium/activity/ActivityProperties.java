package dev.podium.activity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code podium.activity.*}: every weight, threshold and target of classification and the Social Leadership
 * Index (defaults = DOMAIN.md §5), the employer's domains and the limits for uploaded archives. Use
 * {@link #defaults()} outside Spring; a test keeps it equal to what Spring binds from no properties at all.
 *
 * @param windowWeeks the rolling window of ISO weeks the index looks at
 * @param companyDomains the employer's web domains; subdomains count too
 */
@ConfigurationProperties("podium.activity")
public record ActivityProperties(@DefaultValue("12") int windowWeeks, @DefaultValue Classify classify,
        @DefaultValue Originality originality, @DefaultValue Consistency consistency,
        @DefaultValue Engagement engagement, @DefaultValue Focus focus, @DefaultValue Bands bands,
        @DefaultValue Limits limits, List<String> companyDomains, @DefaultValue Conversation conversation,
        @DefaultValue Analytics analytics) {

    public ActivityProperties {
        companyDomains = companyDomains == null ? List.of() : List.copyOf(companyDomains);
    }

    /** The values DOMAIN.md §5 names, for use without Spring. */
    public static ActivityProperties defaults() {
        return new ActivityProperties(12, new Classify(30, 15, 12, 25, 1.0, 1.5, 0.7, 0.2, 0.0, 0.2),
                new Originality(0.6, 0.4, 0.8, 12, 0.5), new Consistency(0.7, 0.15, 0.15, 2.0, 1, 3, 14, 28, 0.5),
                new Engagement(0.4, 0.2, 0.2, 0.2, 24, 0.25), new Focus(0.7, 0.3), new Bands(40, 70),
                new Limits(DataSize.ofMegabytes(200), DataSize.ofMegabytes(100), DataSize.ofGigabytes(1), 10_000,
                        100),
                List.of(), new Conversation(2, 0.4, 0.5),
                new Analytics(DataSize.ofMegabytes(50), 100_000, 64, 4_000));
    }

    /** A copy with other employer domains. */
    public ActivityProperties withCompanyDomains(List<String> domains) {
        return new ActivityProperties(windowWeeks, classify, originality, consistency, engagement, focus, bands,
                limits, domains, conversation, analytics);
    }

    /**
     * How items are classified and weighted as original units.
     *
     * @param ownPostWords words from which an own post counts fully
     * @param commentedReshareWords words of commentary from which a reshare counts as commented
     * @param substantiveCommentWords words from which a comment is substantive
     * @param deepCommentWords words from which a comment counts towards depth
     * @param shortOwnPostWeight an own post below {@code ownPostWords}: weighted like a thin contribution
     */
    public record Classify(@DefaultValue("30") int ownPostWords, @DefaultValue("15") int commentedReshareWords,
            @DefaultValue("12") int substantiveCommentWords, @DefaultValue("25") int deepCommentWords,
            @DefaultValue("1.0") double ownPostWeight, @DefaultValue("1.5") double articleWeight,
            @DefaultValue("0.7") double commentedReshareWeight, @DefaultValue("0.2") double thinReshareWeight,
            @DefaultValue("0.0") double bareReshareWeight, @DefaultValue("0.2") double shortOwnPostWeight) {
    }

    /**
     * Originality = 25·(voiceWeight·min(1, voiceRatio/voiceRatioTarget) + volumeWeight·volume).
     *
     * @param unitsTarget own posts + articles + commentedReshareShare·commented reshares per window for full volume
     */
    public record Originality(@DefaultValue("0.6") double voiceWeight, @DefaultValue("0.4") double volumeWeight,
            @DefaultValue("0.8") double voiceRatioTarget, @DefaultValue("12") double unitsTarget,
            @DefaultValue("0.5") double commentedReshareShare) {
    }

    /**
     * Consistency = 25·(activeWeight·activeWeeks/weeks + evennessWeight·(1 − min(1, CV/cvCap)) +
     * recencyWeight·recency).
     *
     * @param activeWeekUnits original units that make a week active
     * @param activeWeekSubstantiveComments or this many substantive comments
     * @param recentDays last original unit at most this many days ago: recency 1
     * @param lessRecentDays at most this many days ago: recency {@code lessRecentScore}
     */
    public record Consistency(@DefaultValue("0.7") double activeWeight, @DefaultValue("0.15") double evennessWeight,
            @DefaultValue("0.15") double recencyWeight, @DefaultValue("2.0") double cvCap,
            @DefaultValue("1") double activeWeekUnits, @DefaultValue("3") int activeWeekSubstantiveComments,
            @DefaultValue("14") int recentDays, @DefaultValue("28") int lessRecentDays,
            @DefaultValue("0.5") double lessRecentScore) {
    }

    /**
     * Engagement quality = 25·(conversationWeight·min(1, substantive/substantiveTarget) + depthWeight·depth +
     * shareWeight·min(1, commentShare/commentShareTarget) + replyWeight·replyRate).
     */
    public record Engagement(@DefaultValue("0.4") double conversationWeight, @DefaultValue("0.2") double depthWeight,
            @DefaultValue("0.2") double shareWeight, @DefaultValue("0.2") double replyWeight,
            @DefaultValue("24") int substantiveCommentsTarget, @DefaultValue("0.25") double commentShareTarget) {
    }

    /** Topical focus = 25·(focusWeight·focus + coverageWeight·coverage). */
    public record Focus(@DefaultValue("0.7") double focusWeight, @DefaultValue("0.3") double coverageWeight) {
    }

    /** Lowest totals of the building and leading bands. */
    public record Bands(@DefaultValue("40") int buildingFrom, @DefaultValue("70") int leadingFrom) {
    }

    /**
     * Conversations the person's own posts start, from LinkedIn's analytics export (DOMAIN.md §2 point 10). With an
     * export, engagement quality = 25·(startedWeight·min(1, share of own posts that started a conversation /
     * startedShareTarget) + (1 − startedWeight)·the conversations the person joined, as without one).
     *
     * @param minComments comments received from which a post counts as having started a conversation: one comment
     *        is an answer, two voices are a conversation
     * @param startedWeight the part of the engagement-quality pillar the conversations started take, 0 to 1
     * @param startedShareTarget the share of own posts that started a conversation for full marks on that part
     */
    public record Conversation(@DefaultValue("2") int minComments, @DefaultValue("0.4") double startedWeight,
            @DefaultValue("0.5") double startedShareTarget) {
    }

    /**
     * Limits for LinkedIn's analytics export (.xlsx): a real one has a few hundred rows, so these are generous.
     *
     * @param maxUnpacked everything inside the workbook together, unpacked
     * @param maxRowsPerSheet rows a sheet may have
     * @param maxColumns columns a row may have
     * @param maxCellChars characters a cell may hold
     */
    public record Analytics(@DefaultValue("50MB") DataSize maxUnpacked, @DefaultValue("100000") int maxRowsPerSheet,
            @DefaultValue("64") int maxColumns, @DefaultValue("4000") int maxCellChars) {
    }

    /** Limits for uploaded archives, see {@link ArchiveLimits}. */
    public record Limits(@DefaultValue("200MB") DataSize maxUpload, @DefaultValue("100MB") DataSize maxEntry,
            @DefaultValue("1GB") DataSize maxTotalUncompressed, @DefaultValue("10000") int maxEntries,
            @DefaultValue("100") int maxCompressionRatio) {

        ArchiveLimits toArchiveLimits() {
            return new ArchiveLimits(maxUpload.toBytes(), maxEntry.toBytes(), maxTotalUncompressed.toBytes(),
                    maxEntries, maxCompressionRatio);
        }
    }
}
