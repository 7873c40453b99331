package dev.podium.drafts;

import dev.podium.shared.CurrentUser;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's word lists for the draft check: confidential words and product names. Confidential: only HR lists them; an
 * employee learns of a word only when their own draft holds it.
 */
@Service
public class WatchListService {

    private final WatchWordRepository words;
    private final CurrentUser currentUser;
    private final Clock clock;

    WatchListService(WatchWordRepository words, CurrentUser currentUser, Clock clock) {
        this.words = words;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<ListedWord> words(WatchListKind kind) {
        return words.findByListKindOrderByWordAsc(kind).stream()
                .map(w -> new ListedWord(w.id(), w.listKind(), w.word(), w.addedAt())).toList();
    }

    /** Adds a word or phrase to a list; the same word twice (ignoring case) is refused with a message. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void add(WatchListKind kind, String word) {
        String clean = word == null ? "" : word.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new DraftRuleViolation("drafts.error.word-required");
        }
        if (clean.length() > WatchWord.MAX_WORD) {
            throw new DraftRuleViolation("drafts.error.word-too-long", WatchWord.MAX_WORD);
        }
        if (words.findByListKindOrderByWordAsc(kind).stream()
                .anyMatch(w -> w.word().toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)))) {
            throw new DraftRuleViolation("drafts.error.word-twice", clean);
        }
        words.save(new WatchWord(kind, clean, currentUser.employeeId().value(), clock.instant()));
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void remove(long wordId) {
        words.deleteById(wordId);
    }
}
