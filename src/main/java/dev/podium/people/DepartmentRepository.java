package dev.podium.people;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderByNameAscCountryCodeAsc();

    Optional<Department> findByNameAndCountryCode(String name, @Nullable String countryCode);
}
