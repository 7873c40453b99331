package dev.podium.certificate;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByVerificationCode(String code);

    @Query("select c from Certificate c where c.employeeId = :employee and c.achievementId = :achievement "
            + "and c.completionKey = :key")
    Optional<Certificate> issued(long employee, String achievement, String key);

    @Query("select c from Certificate c where c.employeeId = :employee order by c.issuedAt desc, c.id desc")
    List<Certificate> ofEmployee(long employee);

    /** The live (not revoked, not renewed) certificates of an employee for an achievement. */
    @Query("select c from Certificate c where c.employeeId = :employee and c.achievementId = :achievement "
            + "and c.revokedAt is null and c.supersededBy is null order by c.issuedAt desc, c.id desc")
    List<Certificate> live(long employee, String achievement);

    /** Live certificates whose expiry falls in [from, to]: those entering (or inside) the renewal window. */
    @Query("select c from Certificate c where c.revokedAt is null and c.supersededBy is null "
            + "and c.expiresOn between :from and :to order by c.id")
    List<Certificate> expiringBetween(LocalDate from, LocalDate to);

    @Query("select c from Certificate c where (:text is null or lower(c.employeeName) like :text escape '!' "
            + "or lower(c.achievementTitle) like :text escape '!') and (:status is null "
            + "or (:status = 'REVOKED' and c.revokedAt is not null) "
            + "or (:status = 'SUPERSEDED' and c.revokedAt is null and c.supersededBy is not null) "
            + "or (:status = 'EXPIRED' and c.revokedAt is null and c.supersededBy is null and c.expiresOn < :today) "
            + "or (:status = 'VALID' and c.revokedAt is null and c.supersededBy is null "
            + "and (c.expiresOn is null or c.expiresOn >= :today))) order by c.issuedAt desc, c.id desc")
    List<Certificate> search(@Nullable String text, @Nullable String status, LocalDate today, Pageable page);

    @Query("select count(c) from Certificate c where (:text is null or lower(c.employeeName) like :text escape '!' "
            + "or lower(c.achievementTitle) like :text escape '!') and (:status is null "
            + "or (:status = 'REVOKED' and c.revokedAt is not null) "
            + "or (:status = 'SUPERSEDED' and c.revokedAt is null and c.supersededBy is not null) "
            + "or (:status = 'EXPIRED' and c.revokedAt is null and c.supersededBy is null and c.expiresOn < :today) "
            + "or (:status = 'VALID' and c.revokedAt is null and c.supersededBy is null "
            + "and (c.expiresOn is null or c.expiresOn >= :today)))")
    long countSearch(@Nullable String text, @Nullable String status, LocalDate today);
}
