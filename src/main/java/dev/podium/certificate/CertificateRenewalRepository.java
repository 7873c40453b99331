package dev.podium.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRenewalRepository extends JpaRepository<CertificateRenewal, Long> {

    Optional<CertificateRenewal> findByCertificateId(long certificateId);

    List<CertificateRenewal> findByCoachIdAndStatusOrderByOfferedAt(long coachId, CertificateRenewal.Status status);

    @Query("select count(r) from CertificateRenewal r where r.coachId = :coach and r.status = 'OFFERED'")
    long openFor(long coach);
}
