package dev.podium.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyAttestationRepository extends JpaRepository<PolicyAttestation, Long> {

    @Query("select a from PolicyAttestation a where a.employeeId = :employee and a.policyId = :policy "
            + "order by a.attestedAt desc, a.id desc")
    List<PolicyAttestation> mine(long employee, String policy);

    @Query("select count(a) > 0 from PolicyAttestation a where a.employeeId = :employee and a.policyId = :policy "
            + "and a.policyVersion = :version")
    boolean attested(long employee, String policy, String version);

    /** Those of these people who attested the version. */
    @Query("select distinct a.employeeId from PolicyAttestation a where a.employeeId in :employees "
            + "and a.policyId = :policy and a.policyVersion = :version")
    List<Long> attestedAmong(java.util.Collection<Long> employees, String policy, String version);

    /** People (not attestations) who attested the version, per department at signing. */
    @Query("select a.departmentId, a.departmentName, count(distinct a.employeeId) from PolicyAttestation a "
            + "where a.policyId = :policy and a.policyVersion = :version group by a.departmentId, a.departmentName")
    List<Object[]> coverageByDepartment(String policy, String version);

    @Query("select count(distinct a.employeeId) from PolicyAttestation a where a.policyId = :policy "
            + "and a.policyVersion = :version")
    long attestedPeople(String policy, String version);

    @Query("select a.policyVersion, count(a), min(a.attestedAt) from PolicyAttestation a where a.policyId = :policy "
            + "group by a.policyVersion order by min(a.attestedAt)")
    List<Object[]> perVersion(String policy);
}
