package dev.podium.activity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Classifies activity items for the index (DOMAIN.md §5): how much of it is the person's own voice, and whether
 * a comment adds to a conversation. Words are counted after NFKC normalisation.
 * <p>
 * An own post shorter than the own-post threshold stays {@link Classification#OWN_POST} (it is the person's
 * own, after all) but weighs like a thin contribution ({@code classify.short-own-post-weight}, 0.2) and does not
 * count towards volume; {@link SocialLeadershipCalculator} tells the two apart by the word count.
 * <p>
 * A post whose link points to one of the employer's domains is a reshare of company content, whatever its length:
 * with at least the commented-reshare words a commented reshare, with fewer a thin one, with none a bare one — never
 * an own post (DOMAIN.md §5). The app's import, the index (which classifies the stored items again, so a changed
 * domain list applies at once) and the {@code analyse-activity} command all classify here.
 */
final class ItemClassifier {

    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s\"'<>)]+");

    private final ActivityProperties.Classify rules;
    private final Set<String> companyDomains;

    ItemClassifier(ActivityProperties properties, Set<String> companyDomains) {
        this.rules = properties.classify();
        this.companyDomains = companyDomains.stream().map(ItemClassifier::domain).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    ClassifiedItem classify(ActivityItem item) {
        int words = Words.count(item.text());
        boolean company = isCompanyContent(item);
        Classification classification = switch (item.kind()) {
            case POST -> company ? reshare(words) : Classification.OWN_POST;
            case ARTICLE -> Classification.ARTICLE;
            case RESHARE -> reshare(words);
            case COMMENT -> words >= rules.substantiveCommentWords() && !Words.emojiOnly(item.text())
                    ? Classification.SUBSTANTIVE_COMMENT : Classification.COMMENT;
            case REACTION -> Classification.REACTION;
        };
        return new ClassifiedItem(item, classification, words, company);
    }

    private Classification reshare(int words) {
        return words >= rules.commentedReshareWords() ? Classification.COMMENTED_RESHARE
                : words > 0 ? Classification.THIN_RESHARE : Classification.BARE_RESHARE;
    }

    /** Weighted original units of a classified item; also used by the calculator. */
    static double weight(ClassifiedItem item, ActivityProperties.Classify rules) {
        return switch (item.classification()) {
            case OWN_POST -> item.wordCount() >= rules.ownPostWords() ? rules.ownPostWeight()
                    : rules.shortOwnPostWeight();
            case ARTICLE -> rules.articleWeight();
            case COMMENTED_RESHARE -> rules.commentedReshareWeight();
            case THIN_RESHARE -> rules.thinReshareWeight();
            case BARE_RESHARE -> rules.bareReshareWeight();
            case SUBSTANTIVE_COMMENT, COMMENT, REACTION -> 0;
        };
    }

    private boolean isCompanyContent(ActivityItem item) {
        if (companyDomains.isEmpty()) {
            return false;
        }
        if (isCompanyUrl(item.sharedUrl())) {
            return true;
        }
        if (item.text() != null) {
            Matcher m = URL_IN_TEXT.matcher(item.text());
            while (m.find()) {
                if (isCompanyUrl(m.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCompanyUrl(String url) {
        if (url == null) {
            return false;
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return companyDomains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }

    /** "https://www.Acme.com/" → "acme.com"; subdomains of it then count. */
    static String domain(String configured) {
        String d = configured == null ? "" : configured.strip().toLowerCase(Locale.ROOT);
        d = d.replaceFirst("^[a-z]+://", "");
        int slash = d.indexOf('/');
        if (slash >= 0) {
            d = d.substring(0, slash);
        }
        return d.startsWith("www.") ? d.substring(4) : d;
    }
}
