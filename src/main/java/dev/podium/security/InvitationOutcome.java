package dev.podium.security;

/**
 * What an invitation run did.
 *
 * @param sent mails handed to the mail server
 * @param skipped people without an active account (deactivated or unknown), who get no mail
 * @param failed mails the mail server refused; those people can be invited again
 */
public record InvitationOutcome(int sent, int skipped, int failed) {
}
