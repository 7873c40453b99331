package dev.podium.activity;

import dev.podium.shared.CurrentUser;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's 3–5 voice topics (label, keywords, hashtags), which feed the index's topical-focus pillar and the
 * profile audit's scoring.
 */
@Service
public class VoiceTopicService {

    private static final int MAX_LABEL = 60;
    private static final int MAX_TERM = 60;
    private static final int MAX_TERMS = 20;
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final ChosenTopicRepository topics;
    private final IndexKeeper indexes;
    private final ActivityProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoiceTopicService(ChosenTopicRepository topics, IndexKeeper indexes, ActivityProperties properties,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.topics = topics;
        this.indexes = indexes;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<VoiceTopic> myVoiceTopics() {
        return indexes.topicsOf(currentUser.employeeId());
    }

    /**
     * Replaces the person's voice topics with 3–5 new ones (label required; keywords and hashtags cleaned,
     * {@code #} optional). Publishes {@link VoiceTopicsChosen}; the index is computed anew when the person has
     * imported before.
     *
     * @throws ActivityRuleViolation naming the topic and the rule broken
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public List<VoiceTopic> saveMyVoiceTopics(List<VoiceTopic> chosen) {
        EmployeeId me = currentUser.employeeId();
        List<VoiceTopic> clean = validTopics(chosen);
        topics.deleteByEmployee(me.value());
        Instant now = clock.instant();
        for (int i = 0; i < clean.size(); i++) {
            topics.save(new ChosenTopic(me.value(), i, clean.get(i), now));
        }
        topics.flush();
        events.publishEvent(new VoiceTopicsChosen(me, clean.size()));
        indexes.storeAfterTopicsChanged(me);
        return clean;
    }

    /** Someone's chosen voice topics, for scoring their profile against them (the system, their coach, or themself). */
    @PreAuthorize(ActivityAccess.EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public List<VoiceTopic> voiceTopicsOf(EmployeeId employee) {
        return indexes.topicsOf(employee);
    }

    /**
     * The domains whose links count as company content (configured as {@code podium.activity.company-domains}),
     * shown beside the topics: a post sharing them counts as company content, whatever its topic.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public List<String> companyDomains() {
        return properties.companyDomains();
    }

    /**
     * How the index would classify a text the signed-in person has not posted: the {@code drafts} module's pre-flight
     * check asks here, so a draft and an imported post are judged by the same rules (DOMAIN.md §5).
     *
     * @param kind {@link ActivityKind#POST} or {@link ActivityKind#COMMENT}
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public DraftReading readMyDraft(ActivityKind kind, String text) {
        String body = text == null ? "" : text;
        ItemClassifier classifier = new ItemClassifier(properties, new HashSet<>(properties.companyDomains()));
        ClassifiedItem item = classifier.classify(new ActivityItem(ActivitySource.LINKEDIN, kind, "draft",
                Instant.EPOCH, body, null, null, null, null));
        List<VoiceTopic> mine = indexes.topicsOf(currentUser.employeeId());
        String matching = Words.forMatching(body);
        List<String> named = mine.stream().filter(topic -> names(topic, matching)).map(VoiceTopic::label).toList();
        ActivityProperties.Classify rules = properties.classify();
        return new DraftReading(item.classification(), item.wordCount(), LINK.matcher(body).find(),
                item.companyContent(), named, mine.stream().map(VoiceTopic::label).toList(), rules.ownPostWords(),
                rules.commentedReshareWords(), rules.substantiveCommentWords());
    }

    private static boolean names(VoiceTopic topic, String matching) {
        return topic.keywords().stream().filter(k -> !blank(k)).map(Words::phrase)
                .anyMatch(p -> p.matcher(matching).find())
                || topic.hashtags().stream().filter(h -> !blank(h.replace("#", ""))).map(Words::hashtag)
                        .anyMatch(p -> p.matcher(matching).find());
    }

    /** Topics numbered as given (1-based), so a problem names the row the person filled in; blank rows drop out. */
    private static List<VoiceTopic> validTopics(List<VoiceTopic> chosen) {
        List<VoiceTopic> given = chosen == null ? List.of() : chosen;
        long filled = given.stream().filter(topic -> !emptyTopic(topic)).count();
        if (filled < IndexKeeper.MIN_TOPICS || filled > IndexKeeper.MAX_TOPICS) {
            throw new ActivityRuleViolation("topics", "activity.ui.topics.error.count", IndexKeeper.MIN_TOPICS,
                    IndexKeeper.MAX_TOPICS, filled);
        }
        List<VoiceTopic> clean = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            VoiceTopic topic = given.get(i);
            if (emptyTopic(topic)) {
                continue;
            }
            String field = "topic." + (i + 1);
            if (blank(topic.label())) {
                throw new ActivityRuleViolation(field + ".label", "activity.ui.topics.error.label-required", i + 1);
            }
            String label = topic.label().strip();
            if (label.length() > MAX_LABEL) {
                throw new ActivityRuleViolation(field + ".label", "activity.ui.topics.error.label-too-long", i + 1,
                        MAX_LABEL);
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new ActivityRuleViolation(field + ".label", "activity.ui.topics.error.label-twice", label);
            }
            List<String> keywords = terms(topic.keywords(), field + ".keywords", label, false);
            List<String> hashtags = terms(topic.hashtags(), field + ".hashtags", label, true);
            clean.add(new VoiceTopic(label, keywords, hashtags));
        }
        return clean;
    }

    private static boolean emptyTopic(VoiceTopic topic) {
        return topic == null || blank(topic.label()) && topic.keywords().stream().allMatch(VoiceTopicService::blank)
                && topic.hashtags().stream().allMatch(VoiceTopicService::blank);
    }

    private static List<String> terms(List<String> given, String field, String label, boolean hashtags) {
        Set<String> seen = new HashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String term : given == null ? List.<String>of() : given) {
            if (blank(term)) {
                continue;
            }
            String clean = term.strip().replaceAll("\\s+", " ");
            if (hashtags) {
                clean = clean.replaceFirst("^#+", "");
                if (!HASHTAG.matcher(clean).matches()) {
                    throw new ActivityRuleViolation(field, "activity.ui.topics.error.hashtag", label, term.strip());
                }
            }
            if (clean.length() > MAX_TERM) {
                throw new ActivityRuleViolation(field, "activity.ui.topics.error.term-too-long", label, MAX_TERM);
            }
            if (seen.add(clean.toLowerCase(Locale.ROOT))) {
                terms.add(clean);
            }
        }
        if (terms.size() > MAX_TERMS) {
            throw new ActivityRuleViolation(field, "activity.ui.topics.error.too-many-terms", label, MAX_TERMS);
        }
        return List.copyOf(terms);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
