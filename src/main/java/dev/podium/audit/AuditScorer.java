package dev.podium.audit;

import dev.podium.activity.LinkedInProfile;
import dev.podium.activity.VoiceTopic;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the automatic items of the rubric from the export, the manual answers and the employee's voice topics.
 * Every item gets an evidence sentence (a translation key with arguments) saying what the points came from.
 */
final class AuditScorer {

    private static final Pattern CUSTOM_URL = ManualAnswers.PROFILE_ADDRESS;
    /** LinkedIn's generated addresses end in a hyphen and a run of letters and digits with at least one digit. */
    private static final Pattern GENERATED_SUFFIX = Pattern.compile("-(?=[a-z0-9]*\\d)[a-z0-9]{6,}$",
            Pattern.CASE_INSENSITIVE);

    private final AuditProperties properties;

    AuditScorer(AuditProperties properties) {
        this.properties = properties;
    }

    List<ItemScore> score(LinkedInProfile profile, ManualAnswers answers, List<VoiceTopic> topics) {
        AuditProperties.Thresholds t = properties.thresholds();
        List<ItemScore> scores = new ArrayList<>();
        scores.add(upload(RubricItem.PROFILE_PHOTO, profile.photoUploadedOn()));
        scores.add(upload(RubricItem.BACKGROUND_BANNER, profile.bannerUploadedOn()));
        scores.add(headline(profile, topics, t));
        scores.add(about(profile.summary(), t));
        scores.add(item(RubricItem.ABOUT_QUALITY, 0, "audit.evidence.coach-reviews"));
        boolean industryAndLocation = present(profile.industry()) && present(profile.geoLocation());
        scores.add(item(RubricItem.INDUSTRY_AND_LOCATION, industryAndLocation ? full(RubricItem.INDUSTRY_AND_LOCATION) : 0,
                industryAndLocation ? "audit.evidence.industry-location" : "audit.evidence.industry-location-missing",
                orDash(profile.industry()), orDash(profile.geoLocation())));
        scores.add(currentRole(profile.currentPosition(), t));
        long past = profile.positions().stream().filter(p -> !p.current()).count();
        scores.add(item(RubricItem.CAREER_HISTORY, past >= t.pastPositions() ? full(RubricItem.CAREER_HISTORY) : 0,
                "audit.evidence.past-positions", Long.toString(past), Integer.toString(t.pastPositions())));
        scores.add(item(RubricItem.EDUCATION, profile.educationEntries() > 0 ? full(RubricItem.EDUCATION) : 0,
                "audit.evidence.education", Integer.toString(profile.educationEntries())));
        scores.add(skills(profile.skills(), topics, t));
        int endorsements = profile.endorsements();
        scores.add(item(RubricItem.ENDORSEMENTS, endorsements >= t.endorsementsMany() ? full(RubricItem.ENDORSEMENTS)
                : endorsements >= t.endorsementsFew() ? t.endorsementsFewPoints() : 0,
                "audit.evidence.endorsements", Integer.toString(endorsements)));
        int recommendations = profile.visibleRecommendations();
        scores.add(item(RubricItem.RECOMMENDATIONS, recommendations >= t.recommendationsMany()
                ? full(RubricItem.RECOMMENDATIONS) : recommendations >= 1 ? t.oneRecommendationPoints() : 0,
                "audit.evidence.recommendations", Integer.toString(recommendations)));
        int connections = profile.connections();
        scores.add(item(RubricItem.NETWORK, connections >= t.connectionsMany() ? full(RubricItem.NETWORK)
                : connections >= t.connectionsFew() ? t.connectionsFewPoints() : 0,
                "audit.evidence.connections", Integer.toString(connections)));
        List<ItemScore> fromAnswers = scoreAnswers(answers, topics);
        scores.addAll(fromAnswers.subList(0, 2));
        scores.add(item(RubricItem.WEBSITE, present(profile.websites()) ? full(RubricItem.WEBSITE) : 0,
                present(profile.websites()) ? "audit.evidence.website" : "audit.evidence.website-missing",
                orDash(profile.websites())));
        scores.add(fromAnswers.get(2));
        scores.add(employer(profile.currentPosition()));
        return scores;
    }

    /** The items that rest on the manual answers: custom URL, featured section, follow and topics. */
    List<ItemScore> scoreAnswers(ManualAnswers answers, List<VoiceTopic> topics) {
        return List.of(customUrl(answers.customUrl()),
                item(RubricItem.FEATURED, 0, answers.featuredItems().isEmpty() ? "audit.evidence.featured-none"
                        : "audit.evidence.featured", answers.featuredItems()),
                item(RubricItem.FOLLOW_AND_TOPICS, 0, answers.followPrimary() ? "audit.evidence.follow-primary"
                        : "audit.evidence.follow-not-primary", Integer.toString(topics.size())));
    }

    private ItemScore upload(RubricItem item, java.time.LocalDate uploadedOn) {
        return uploadedOn == null ? item(item, 0, "audit.evidence.upload-missing")
                : item(item, full(item), "audit.evidence.uploaded", uploadedOn.toString());
    }

    private ItemScore headline(LinkedInProfile profile, List<VoiceTopic> topics, AuditProperties.Thresholds t) {
        String headline = profile.headline() == null ? "" : profile.headline();
        int length = headline.codePointCount(0, headline.length());
        if (length == 0) {
            return item(RubricItem.HEADLINE, 0, "audit.evidence.headline-missing");
        }
        int points = length >= t.headlineMinChars() && length <= t.headlineMaxChars() ? t.headlineLengthPoints() : 0;
        LinkedInProfile.Position current = profile.currentPosition();
        boolean justTitle = current != null && current.title() != null
                && normalise(headline).equals(normalise(current.title()));
        if (!justTitle) {
            points += t.headlineNotTitlePoints();
        }
        Optional<String> topic = namedTopic(headline, topics);
        if (topic.isPresent()) {
            points = full(RubricItem.HEADLINE) - (t.headlineLengthPoints() + t.headlineNotTitlePoints()) + points;
        }
        String key = topics.isEmpty() ? "audit.evidence.headline-no-topics"
                : justTitle ? "audit.evidence.headline-just-title"
                : topic.isPresent() ? "audit.evidence.headline-topic" : "audit.evidence.headline-no-topic";
        return item(RubricItem.HEADLINE, Math.min(points, full(RubricItem.HEADLINE)), key, Integer.toString(length),
                topic.orElse(""));
    }

    private ItemScore about(String summary, AuditProperties.Thresholds t) {
        int length = summary == null ? 0 : summary.codePointCount(0, summary.length());
        int points = length >= t.aboutLongChars() ? full(RubricItem.ABOUT_LENGTH)
                : length >= t.aboutShortChars() ? t.aboutShortPoints() : 0;
        return item(RubricItem.ABOUT_LENGTH, points, "audit.evidence.about-length", Integer.toString(length));
    }

    private ItemScore currentRole(LinkedInProfile.Position current, AuditProperties.Thresholds t) {
        if (current == null) {
            return item(RubricItem.CURRENT_ROLE, 0, "audit.evidence.no-current-role");
        }
        String description = current.description() == null ? "" : current.description();
        int length = description.codePointCount(0, description.length());
        return item(RubricItem.CURRENT_ROLE, length >= t.currentRoleDescriptionChars() ? full(RubricItem.CURRENT_ROLE)
                : 0, "audit.evidence.current-role", orDash(current.title()), orDash(current.companyName()),
                Integer.toString(length));
    }

    private ItemScore skills(List<String> skills, List<VoiceTopic> topics, AuditProperties.Thresholds t) {
        int points = skills.size() >= t.skillsMany() ? t.skillsManyPoints()
                : skills.size() >= t.skillsFew() ? t.skillsFewPoints() : 0;
        Optional<String> topic = skills.stream().map(skill -> namedTopic(skill, topics)).flatMap(Optional::stream)
                .findFirst();
        if (topic.isPresent()) {
            points += full(RubricItem.SKILLS) - t.skillsManyPoints();
        }
        return item(RubricItem.SKILLS, Math.min(points, full(RubricItem.SKILLS)),
                topics.isEmpty() ? "audit.evidence.skills-no-topics"
                        : topic.isPresent() ? "audit.evidence.skills-topic" : "audit.evidence.skills",
                Integer.toString(skills.size()), topic.orElse(""));
    }

    private ItemScore customUrl(String url) {
        if (url.isEmpty()) {
            return item(RubricItem.CUSTOM_URL, 0, "audit.evidence.custom-url-missing");
        }
        var matcher = CUSTOM_URL.matcher(url);
        boolean custom = matcher.matches() && !GENERATED_SUFFIX.matcher(matcher.group(3)).find();
        return item(RubricItem.CUSTOM_URL, custom ? full(RubricItem.CUSTOM_URL) : 0,
                custom ? "audit.evidence.custom-url" : "audit.evidence.custom-url-generated", url);
    }

    private ItemScore employer(LinkedInProfile.Position current) {
        String company = current == null ? null : current.companyName();
        boolean matches = company != null && properties.employerNames().stream()
                .anyMatch(name -> normalise(company).contains(normalise(name)));
        return item(RubricItem.EMPLOYER_ALIGNMENT, matches ? full(RubricItem.EMPLOYER_ALIGNMENT) : 0,
                matches ? "audit.evidence.employer" : "audit.evidence.employer-other", orDash(company));
    }

    /** The label of the first topic whose label, keyword or hashtag the text names. */
    private static Optional<String> namedTopic(String text, List<VoiceTopic> topics) {
        String normalised = normalise(text);
        for (VoiceTopic topic : topics) {
            boolean named = Stream.concat(Stream.of(topic.label()), Stream.concat(topic.keywords().stream(),
                            topic.hashtags().stream().map(tag -> tag.startsWith("#") ? tag.substring(1) : tag)))
                    .map(AuditScorer::normalise).filter(term -> !term.isBlank()).anyMatch(normalised::contains);
            if (named) {
                return Optional.of(topic.label());
            }
        }
        return Optional.empty();
    }

    /** LinkedIn headlines use "mathematical bold" letters: NFKC makes them plain. */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private int full(RubricItem item) {
        return properties.pointsOf(item).auto();
    }

    private ItemScore item(RubricItem item, int points, String evidenceKey, String... arguments) {
        RubricItem.ItemPoints max = properties.pointsOf(item);
        return new ItemScore(item, Math.min(points, max.auto()), max.auto(), evidenceKey, List.of(arguments),
                max.coach(), null, null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String orDash(String value) {
        return present(value) ? value : "–";
    }
}
