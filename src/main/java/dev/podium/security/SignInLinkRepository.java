package dev.podium.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInLinkRepository extends JpaRepository<SignInLink, Long> {

    Optional<SignInLink> findByTokenHash(String tokenHash);

    List<SignInLink> findByAccountIdAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(long accountId,
            LinkPurpose purpose);
}
