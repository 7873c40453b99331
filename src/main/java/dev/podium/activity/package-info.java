/**
 * Posting activity imported from LinkedIn, Mastodon, X and RSS/Atom exports, classified into original work,
 * reshares and conversation, and summed up as the Social Leadership Index over rolling weeks; LinkedIn's analytics
 * export (.xlsx) adds what others did with the person's posts, the conversations they started. Publishes
 * {@code ActivityImported} after an import, {@code SocialLeadershipIndexChanged} when a person's index moves and
 * {@code ConversationsCounted} with every stored index.
 */
@ApplicationModule(allowedDependencies = {"content", "shared"})
@NullMarked
package dev.podium.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
