package dev.podium.people;

import dev.podium.security.AccountDraft;
import dev.podium.security.AccountService;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Erases one leaver's personal data, in the caller's transaction: every module's {@link PersonalDataEraser} erases
 * what it holds about them and their name and e-mail in other people's records, then the person's own record and
 * account lose name, address and job title. The same for the retention job and for HR's erasure on request, so both
 * leave exactly the same behind.
 */
@Component
class PersonalDataErasure {

    private final EmployeeRepository employees;
    private final AccountService accounts;
    private final List<PersonalDataEraser> erasers;
    private final ApplicationEventPublisher events;

    PersonalDataErasure(EmployeeRepository employees, AccountService accounts, List<PersonalDataEraser> erasers,
            ApplicationEventPublisher events) {
        this.employees = employees;
        this.accounts = accounts;
        this.erasers = erasers;
        this.events = events;
    }

    void erase(long id, Instant now) {
        Employee employee = employees.findById(id).orElseThrow();
        EmployeeId employeeId = EmployeeId.of(id);
        // read before the record changes: other people's records mention the person by these texts
        List<String> mentions = List.of(employee.fullName(), employee.email()).stream()
                .filter(text -> text != null && !text.isBlank()).distinct().toList();
        erasers.forEach(eraser -> eraser.erasePersonalData(employeeId));
        erasers.forEach(eraser -> eraser.eraseMentions(employeeId, mentions));
        employee.erasePersonalData(now);
        accounts.saveAccounts(Map.of(employeeId, new AccountDraft(employee.email(),
                employee.firstName() + " " + employee.lastName(), Set.of(), Locale.ENGLISH)));
        events.publishEvent(new EmployeeChanged(employeeId, now));
    }
}
