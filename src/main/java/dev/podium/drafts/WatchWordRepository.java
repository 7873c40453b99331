package dev.podium.drafts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WatchWordRepository extends JpaRepository<WatchWord, Long> {

    List<WatchWord> findByListKindOrderByWordAsc(WatchListKind listKind);

    boolean existsByListKindAndWord(WatchListKind listKind, String word);
}
