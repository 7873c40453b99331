package dev.podium.drafts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftCommentRepository extends JpaRepository<DraftComment, Long> {

    List<DraftComment> findByShareIdOrderByCreatedAtAscIdAsc(long shareId);

    long countByShareId(long shareId);
}
