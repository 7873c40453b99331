package dev.podium.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the Social Leadership Index (DOMAIN.md §5): four pillars of 25 points over a rolling window of ISO
 * weeks, each with the counts behind it and plain sentences, and the one next step that would lift the
 * weakest pillar. Every weight, threshold and target comes from {@link ActivityProperties}.
 */
final class SocialLeadershipCalculator {

    /** The seconds part of a LinkedIn activity id: {@code id >> 22} is the epoch millisecond it was made. */
    private static final Pattern LINKEDIN_ID = Pattern.compile("urn:li:[A-Za-z]+:(\\d{15,20})");
    private static final long SAME_MOMENT_SECONDS = 2;

    private final ActivityProperties properties;

    SocialLeadershipCalculator(ActivityProperties properties) {
        this.properties = properties;
    }

    /**
     * What LinkedIn's analytics export says about the conversations the person's own posts started in the window.
     *
     * @param exportImported whether any export was imported; without one the pillar works from the archive alone
     * @param postsWithCommentFigures own posts whose comments received the export states
     * @param postsStarted those with at least {@code minComments} comments
     */
    record Received(boolean exportImported, int postsWithCommentFigures, int postsStarted, int minComments) {

        static final Received NONE = new Received(false, 0, 0, 0);
    }

    SocialLeadershipIndex compute(List<ClassifiedItem> itemsInWindow, List<VoiceTopic> topics, LocalDate today) {
        return compute(itemsInWindow, topics, today, Received.NONE);
    }

    SocialLeadershipIndex compute(List<ClassifiedItem> itemsInWindow, List<VoiceTopic> topics, LocalDate today,
            Received received) {
        int weeks = properties.windowWeeks();
        LocalDate windowStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<ClassifiedItem> items = itemsInWindow.stream().filter(i -> {
            LocalDate day = day(i);
            return !day.isBefore(windowStart) && !day.isAfter(today);
        }).toList();

        double[] units = new double[weeks];
        int[] reshares = new int[weeks];
        int[] substantive = new int[weeks];
        for (ClassifiedItem item : items) {
            int week = (int) ChronoUnit.WEEKS.between(windowStart, day(item));
            units[week] += weight(item);
            switch (item.classification()) {
                case COMMENTED_RESHARE, THIN_RESHARE, BARE_RESHARE -> reshares[week]++;
                case SUBSTANTIVE_COMMENT -> substantive[week]++;
                default -> { }
            }
        }
        List<WeekActivity> series = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = windowStart.plusWeeks(w);
            series.add(new WeekActivity(monday, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), round2(units[w]),
                    reshares[w], substantive[w]));
        }

        Originality originality = originality(items);
        Consistency consistency = consistency(items, units, substantive, today);
        Engagement engagement = engagement(items, received == null ? Received.NONE : received);
        Focus focus = focus(items, topics);

        int total = originality.score.score() + consistency.score.score() + engagement.score.score()
                + focus.score.score();
        Band band = band(total, properties.bands());
        Explanation next = nextStep(originality, consistency, engagement, focus, topics);
        return new SocialLeadershipIndex(total, band, originality.score, consistency.score, engagement.score,
                focus.score, series, consistency.activeWeeks, next, windowStart, today);
    }

    static Band band(int total, ActivityProperties.Bands bands) {
        return total >= bands.leadingFrom() ? Band.LEADING
                : total >= bands.buildingFrom() ? Band.BUILDING : Band.STARTING;
    }

    // ---- originality

    private record Originality(PillarScore score, int own, int shortOwn, int bare, int thin, int commented) {
    }

    private Originality originality(List<ClassifiedItem> items) {
        ActivityProperties.Originality rules = properties.originality();
        int own = 0;
        int shortOwn = 0;
        int articles = 0;
        int commented = 0;
        int thin = 0;
        int bare = 0;
        int company = 0;
        double weighted = 0;
        for (ClassifiedItem item : items) {
            switch (item.classification()) {
                case OWN_POST -> {
                    if (item.wordCount() >= properties.classify().ownPostWords()) {
                        own++;
                    } else {
                        shortOwn++;
                    }
                }
                case ARTICLE -> articles++;
                case COMMENTED_RESHARE -> commented++;
                case THIN_RESHARE -> thin++;
                case BARE_RESHARE -> bare++;
                default -> {
                    continue;
                }
            }
            weighted += weight(item);
            if (item.companyContent()) {
                company++;
            }
        }
        int published = own + shortOwn + articles + commented + thin + bare;
        double voiceRatio = published == 0 ? 0 : weighted / published;
        // short own posts already count in the voice ratio; volume asks for full posts
        double volumeUnits = own + articles + rules.commentedReshareShare() * commented;
        double volume = Math.min(1, volumeUnits / rules.unitsTarget());
        double voice = Math.min(1, voiceRatio / rules.voiceRatioTarget());
        int score = points(rules.voiceWeight() * voice + rules.volumeWeight() * volume);

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("ownPosts", own);
        figures.put("shortOwnPosts", shortOwn);
        figures.put("articles", articles);
        figures.put("commentedReshares", commented);
        figures.put("thinReshares", thin);
        figures.put("bareReshares", bare);
        figures.put("publishedItems", published);
        figures.put("weightedUnits", round2(weighted));
        figures.put("voiceRatio", round2(voiceRatio));
        figures.put("volumeUnits", round2(volumeUnits));
        figures.put("volumeTarget", rules.unitsTarget());
        figures.put("volume", round2(volume));
        figures.put("companyContent", company);
        List<Explanation> explanations = new ArrayList<>();
        explanations.add(Explanation.of("activity.explain.originality.items", own + shortOwn, articles, commented,
                thin, bare, properties.windowWeeks()));
        explanations.add(Explanation.of("activity.explain.originality.voice", percent(Math.min(1, voiceRatio)),
                percent(rules.voiceRatioTarget())));
        explanations.add(Explanation.of("activity.explain.originality.volume", round2(volumeUnits),
                rules.unitsTarget()));
        if (shortOwn > 0) {
            explanations.add(Explanation.of("activity.explain.originality.short-posts", shortOwn,
                    properties.classify().ownPostWords()));
        }
        if (bare > 0) {
            explanations.add(Explanation.of("activity.explain.originality.bare", bare));
        }
        if (company > 0) {
            explanations.add(Explanation.of("activity.explain.originality.company", company));
        }
        return new Originality(new PillarScore(score, figures, explanations), own, shortOwn, bare, thin, commented);
    }

    // ---- consistency

    private record Consistency(PillarScore score, int activeWeeks, long daysSinceLast, double recency) {
    }

    private Consistency consistency(List<ClassifiedItem> items, double[] units, int[] substantive, LocalDate today) {
        ActivityProperties.Consistency rules = properties.consistency();
        int weeks = units.length;
        int active = 0;
        double sum = 0;
        double max = 0;
        for (int w = 0; w < weeks; w++) {
            if (units[w] >= rules.activeWeekUnits() || substantive[w] >= rules.activeWeekSubstantiveComments()) {
                active++;
            }
            sum += units[w];
            max = Math.max(max, units[w]);
        }
        double mean = sum / weeks;
        double variance = 0;
        for (double u : units) {
            variance += (u - mean) * (u - mean);
        }
        double cv = mean == 0 ? Double.NaN : Math.sqrt(variance / weeks) / mean;
        // nothing published at all is not "even": no credit for evenness then
        double evenness = Double.isNaN(cv) ? 0 : 1 - Math.min(1, cv / rules.cvCap());
        // recency looks at what makes a week active: original work or a substantive comment
        LocalDate last = items.stream()
                .filter(i -> weight(i) > 0 || i.classification() == Classification.SUBSTANTIVE_COMMENT)
                .map(SocialLeadershipCalculator::day).max(LocalDate::compareTo).orElse(null);
        long daysSince = last == null ? -1 : ChronoUnit.DAYS.between(last, today);
        double recency = last == null ? 0 : daysSince <= rules.recentDays() ? 1
                : daysSince <= rules.lessRecentDays() ? rules.lessRecentScore() : 0;
        int score = points(rules.activeWeight() * active / weeks + rules.evennessWeight() * evenness
                + rules.recencyWeight() * recency);

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("activeWeeks", active);
        figures.put("weeks", weeks);
        figures.put("coefficientOfVariation", Double.isNaN(cv) ? 0 : round2(cv));
        figures.put("largestWeekShare", sum == 0 ? 0 : round2(max / sum));
        figures.put("daysSinceLastContribution", daysSince);
        figures.put("recency", recency);
        List<Explanation> explanations = new ArrayList<>();
        explanations.add(Explanation.of("activity.explain.consistency.active", active, weeks,
                sum == 0 ? 0 : percent(max / sum)));
        explanations.add(last == null ? Explanation.of("activity.explain.consistency.no-contribution")
                : Explanation.of("activity.explain.consistency.last", daysSince));
        return new Consistency(new PillarScore(score, figures, explanations), active, daysSince, recency);
    }

    // ---- engagement quality

    private record Engagement(PillarScore score, int substantive, int ownPosts, int repliedOn, double commentShare) {
    }

    private Engagement engagement(List<ClassifiedItem> items, Received received) {
        ActivityProperties.Engagement rules = properties.engagement();
        int comments = 0;
        int substantive = 0;
        int deep = 0;
        int reactions = 0;
        for (ClassifiedItem item : items) {
            switch (item.classification()) {
                case SUBSTANTIVE_COMMENT, COMMENT -> {
                    comments++;
                    if (item.classification() == Classification.SUBSTANTIVE_COMMENT) {
                        substantive++;
                    }
                    if (item.wordCount() >= properties.classify().deepCommentWords()) {
                        deep++;
                    }
                }
                case REACTION -> reactions++;
                default -> { }
            }
        }
        int[] replies = repliesOnOwnPosts(items);
        int ownPosts = replies[0];
        int repliedOn = replies[1];
        double conversation = Math.min(1, (double) substantive / rules.substantiveCommentsTarget());
        double depth = comments == 0 ? 0 : (double) deep / comments;
        double commentShare = comments + reactions == 0 ? 0 : (double) comments / (comments + reactions);
        double share = Math.min(1, commentShare / rules.commentShareTarget());
        double replyRate = ownPosts == 0 ? 0 : (double) repliedOn / ownPosts;
        double joined = rules.conversationWeight() * conversation + rules.depthWeight() * depth
                + rules.shareWeight() * share + rules.replyWeight() * replyRate;
        // conversations started count once the export states comments for at least one own post; until then the
        // pillar is what the person joined, as it always was
        ActivityProperties.Conversation started = properties.conversation();
        boolean withStarted = received.postsWithCommentFigures() > 0;
        double startedShare = withStarted ? (double) received.postsStarted() / received.postsWithCommentFigures() : 0;
        double startedPart = Math.min(1, startedShare / started.startedShareTarget());
        int score = points(withStarted ? started.startedWeight() * startedPart + (1 - started.startedWeight()) * joined
                : joined);

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("comments", comments);
        figures.put("substantiveComments", substantive);
        figures.put("substantiveCommentsTarget", rules.substantiveCommentsTarget());
        figures.put("deepComments", deep);
        figures.put("reactions", reactions);
        figures.put("commentShare", round2(commentShare));
        figures.put("ownPosts", ownPosts);
        figures.put("ownPostsRepliedOn", repliedOn);
        figures.put("replyRate", round2(replyRate));
        List<Explanation> explanations = new ArrayList<>();
        explanations.add(Explanation.of("activity.explain.engagement.comments", comments, substantive,
                properties.classify().substantiveCommentWords(), rules.substantiveCommentsTarget()));
        explanations.add(Explanation.of("activity.explain.engagement.depth", deep,
                properties.classify().deepCommentWords()));
        explanations.add(Explanation.of("activity.explain.engagement.share", percent(commentShare),
                percent(rules.commentShareTarget())));
        explanations.add(Explanation.of("activity.explain.engagement.replies", repliedOn, ownPosts));
        if (withStarted) {
            figures.put("postsWithReceivedComments", received.postsWithCommentFigures());
            figures.put("postsThatStartedConversations", received.postsStarted());
            figures.put("startedShare", round2(startedShare));
            explanations.add(Explanation.of("activity.explain.engagement.started", received.postsStarted(),
                    received.postsWithCommentFigures(), received.minComments(), percent(started.startedWeight()),
                    percent(started.startedShareTarget())));
        } else if (received.exportImported()) {
            explanations.add(Explanation.of("activity.explain.engagement.no-comment-figures"));
        } else {
            explanations.add(Explanation.of("activity.explain.engagement.no-analytics"));
        }
        return new Engagement(new PillarScore(score, figures, explanations), substantive, ownPosts, repliedOn,
                commentShare);
    }

    /**
     * Own posts (and articles) the person commented on themselves, answering their readers. A reply names the
     * post it answers; on LinkedIn the comment names the post's activity URN while the export names its share
     * URN, so there the moment encoded in the id (DOMAIN.md §2, quirk 5) links the two.
     *
     * @return {own posts, own posts replied on}
     */
    private static int[] repliesOnOwnPosts(List<ClassifiedItem> items) {
        List<ActivityItem> posts = new ArrayList<>();
        Map<String, Integer> byReference = new HashMap<>();
        Map<Long, Integer> bySecond = new HashMap<>();
        for (ClassifiedItem item : items) {
            if (item.classification() == Classification.OWN_POST || item.classification() == Classification.ARTICLE) {
                int index = posts.size();
                posts.add(item.item());
                byReference.put(item.item().naturalKey(), index);
                if (item.item().link() != null) {
                    byReference.put(item.item().link(), index);
                }
                Long second = linkedInSecond(item.item().naturalKey());
                bySecond.put(second != null ? second : item.item().occurredAt().getEpochSecond(), index);
            }
        }
        Set<Integer> repliedOn = new HashSet<>();
        for (ClassifiedItem item : items) {
            String answered = item.item().inReplyTo();
            if (item.item().kind() != ActivityKind.COMMENT || answered == null) {
                continue;
            }
            Integer post = byReference.get(answered);
            Long second = post == null ? linkedInSecond(answered) : null;
            for (long d = -SAME_MOMENT_SECONDS; post == null && second != null && d <= SAME_MOMENT_SECONDS; d++) {
                post = bySecond.get(second + d);
            }
            if (post != null) {
                repliedOn.add(post);
            }
        }
        return new int[] {posts.size(), repliedOn.size()};
    }

    private static Long linkedInSecond(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = LINKEDIN_ID.matcher(reference);
        if (!m.find()) {
            return null;
        }
        try {
            return (Long.parseLong(m.group(1)) >> 22) / 1000;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- topical focus

    private record Focus(PillarScore score, boolean noTopics, VoiceTopic unusedTopic, double focus) {
    }

    private Focus focus(List<ClassifiedItem> items, List<VoiceTopic> topics) {
        ActivityProperties.Focus rules = properties.focus();
        Map<String, Number> figures = new LinkedHashMap<>();
        if (topics == null || topics.isEmpty()) {
            figures.put("topics", 0);
            return new Focus(new PillarScore(0, figures,
                    List.of(Explanation.of("activity.explain.focus.no-topics"))), true, null, 0);
        }
        List<List<Pattern>> patterns = topics.stream().map(t -> {
            List<Pattern> list = new ArrayList<>();
            t.keywords().stream().filter(k -> k != null && !k.isBlank()).map(Words::phrase).forEach(list::add);
            t.hashtags().stream().filter(h -> h != null && !h.replace("#", "").isBlank()).map(Words::hashtag)
                    .forEach(list::add);
            return list;
        }).toList();
        double totalUnits = 0;
        double onTopicUnits = 0;
        boolean[] used = new boolean[topics.size()];
        for (ClassifiedItem item : items) {
            double w = weight(item);
            if (w <= 0) {
                continue;
            }
            totalUnits += w;
            String text = Words.forMatching(item.item().text());
            boolean matched = false;
            for (int t = 0; t < topics.size(); t++) {
                if (patterns.get(t).stream().anyMatch(p -> p.matcher(text).find())) {
                    used[t] = true;
                    matched = true;
                }
            }
            if (matched) {
                onTopicUnits += w;
            }
        }
        int usedCount = 0;
        VoiceTopic unused = null;
        for (int t = 0; t < topics.size(); t++) {
            if (used[t]) {
                usedCount++;
            } else if (unused == null) {
                unused = topics.get(t);
            }
        }
        double focus = totalUnits == 0 ? 0 : onTopicUnits / totalUnits;
        double coverage = (double) usedCount / topics.size();
        int score = points(rules.focusWeight() * focus + rules.coverageWeight() * coverage);
        figures.put("topics", topics.size());
        figures.put("topicsUsed", usedCount);
        figures.put("originalUnits", round2(totalUnits));
        figures.put("onTopicUnits", round2(onTopicUnits));
        figures.put("focus", round2(focus));
        figures.put("coverage", round2(coverage));
        List<Explanation> explanations = List.of(
                Explanation.of("activity.explain.focus.share", percent(focus)),
                Explanation.of("activity.explain.focus.coverage", usedCount, topics.size()));
        return new Focus(new PillarScore(score, figures, explanations), false, unused, focus);
    }

    // ---- next step

    private Explanation nextStep(Originality originality, Consistency consistency, Engagement engagement,
            Focus focus, List<VoiceTopic> topics) {
        int o = originality.score.score();
        int c = consistency.score.score();
        int e = engagement.score.score();
        int f = focus.score.score();
        int min = Math.min(Math.min(o, c), Math.min(e, f));
        if (min >= 25) {
            return Explanation.of("activity.next.keep-going");
        }
        ActivityProperties.Classify classify = properties.classify();
        // ties go to the pillar listed first: without original work the others have little to build on
        if (o == min) {
            if (originality.own + originality.commented == 0 && originality.bare + originality.thin > 0) {
                return Explanation.of("activity.next.originality.add-words", classify.commentedReshareWords());
            }
            return Explanation.of("activity.next.originality.write-post", classify.ownPostWords());
        }
        if (c == min) {
            if (consistency.daysSinceLast < 0 || consistency.recency < 1) {
                return Explanation.of("activity.next.consistency.this-week");
            }
            return Explanation.of("activity.next.consistency.every-week");
        }
        if (e == min) {
            if (engagement.ownPosts > engagement.repliedOn && engagement.substantive > 0) {
                return Explanation.of("activity.next.engagement.reply");
            }
            return Explanation.of("activity.next.engagement.comment", properties.consistency()
                    .activeWeekSubstantiveComments(), classify.substantiveCommentWords());
        }
        if (focus.noTopics || topics == null || topics.isEmpty()) {
            return Explanation.of("activity.next.focus.choose-topics");
        }
        if (focus.unusedTopic != null) {
            return Explanation.of("activity.next.focus.unused-topic", focus.unusedTopic.label());
        }
        return Explanation.of("activity.next.focus.on-topic");
    }

    // ---- helpers

    private double weight(ClassifiedItem item) {
        return ItemClassifier.weight(item, properties.classify());
    }

    private static LocalDate day(ClassifiedItem item) {
        return item.item().occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static int points(double fraction) {
        return (int) Math.round(25 * Math.max(0, Math.min(1, fraction)));
    }

    private static int percent(double fraction) {
        return (int) Math.round(100 * fraction);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
