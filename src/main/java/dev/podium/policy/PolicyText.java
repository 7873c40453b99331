package dev.podium.policy;

import java.util.Locale;

/** The exact text of one version of a policy in one language, and its SHA-256. */
record PolicyText(Locale language, String title, String markdown, String sha256) {
}
