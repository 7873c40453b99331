package dev.podium.security;

import org.jspecify.annotations.NullUnmarked;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data refuses null arguments and results on @NullMarked repositories; these queries keep the
// nullness they had (optional filters are null), so the persistence interfaces stay unmarked.
@NullUnmarked
interface SignInLinkRepository extends JpaRepository<SignInLink, Long> {

    Optional<SignInLink> findByTokenHash(String tokenHash);

    List<SignInLink> findByAccountIdAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(long accountId,
            LinkPurpose purpose);
}
