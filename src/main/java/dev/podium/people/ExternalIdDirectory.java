package dev.podium.people;

import dev.podium.security.EmployeeDirectory;
import dev.podium.shared.EmployeeId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets single sign-on find a person by the HRIS employee id that the import keeps ({@code employee.external_id}). */
@Component
class ExternalIdDirectory implements EmployeeDirectory {

    private final EmployeeRepository employees;

    ExternalIdDirectory(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EmployeeId> employeeWithExternalId(String externalId) {
        return employees.findIdByExternalId(externalId).map(EmployeeId::of);
    }
}
