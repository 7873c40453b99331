/**
 * Posting activity imported from LinkedIn, Mastodon, X and RSS/Atom exports, classified into original work,
 * reshares and conversation, and summed up as the Social Leadership Index over rolling weeks. Publishes
 * {@code ActivityImported} after an import and {@code SocialLeadershipIndexChanged} when a person's index moves.
 */
package dev.podium.activity;
