package dev.podium.coaching;

/**
 * What starting the programme for many people did.
 *
 * @param skipped already in a programme, inactive, or no coach to be had
 * @param failed an unexpected error: worth trying again
 */
public record ProgrammeStarts(int started, int skipped, int failed) {
}
