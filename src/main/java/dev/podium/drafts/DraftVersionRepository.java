package dev.podium.drafts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftVersionRepository extends JpaRepository<DraftVersion, Long> {

    List<DraftVersion> findByDraftIdOrderByNumberDesc(long draftId);
}
