package dev.podium.activity;

import java.util.List;

/**
 * How the index would read a text the person has not posted yet (a draft in the {@code drafts} module): the same
 * classification rules as an imported item, and which of the person's own voice topics it names. Counts and labels
 * only; the text stays with the caller.
 *
 * @param words words of the person's own text (links and emoji are not words)
 * @param link whether the text holds a link
 * @param companyContent whether a link points to one of the employer's domains
 * @param topicsNamed labels of the person's voice topics whose keyword or hashtag the text names
 * @param myTopics labels of all the person's voice topics (empty when none are chosen)
 * @param ownPostWords words from which a post counts fully as an own post
 * @param commentedReshareWords words from which a link to company content counts as commented
 * @param substantiveCommentWords words from which a comment counts as substantive
 */
public record DraftReading(Classification classification, int words, boolean link, boolean companyContent,
        List<String> topicsNamed, List<String> myTopics, int ownPostWords, int commentedReshareWords,
        int substantiveCommentWords) {

    public DraftReading {
        topicsNamed = List.copyOf(topicsNamed);
        myTopics = List.copyOf(myTopics);
    }
}
