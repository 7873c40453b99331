package dev.podium.drafts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftShareRepository extends JpaRepository<DraftShare, Long> {

    /** The draft's latest thread (a closed one stays readable until the draft is shared again). */
    Optional<DraftShare> findFirstByDraftIdOrderBySharedAtDescIdDesc(long draftId);

    List<DraftShare> findByCoachIdOrderBySharedAtDescIdDesc(long coachId);

    List<DraftShare> findByDraftIdOrderBySharedAtAscIdAsc(long draftId);
}
