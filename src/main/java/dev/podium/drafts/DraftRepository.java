package dev.podium.drafts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<Draft, Long> {

    List<Draft> findByOwnerIdOrderByUpdatedAtDescIdDesc(long ownerId);
}
