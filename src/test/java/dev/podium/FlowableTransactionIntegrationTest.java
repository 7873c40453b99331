package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** A process step and the JPA changes made with it commit or roll back together. */
@PodiumSpringTest
class FlowableTransactionIntegrationTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_failure_after_both_writes_rolls_back_the_process_and_the_entity() {
        String email = "rollback-" + UUID.randomUUID() + "@example.org";
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> AsHr.run(() -> {
            employees.register(draft(email));
            runtime.startProcessInstanceByKey("transactionProbe", email);
            throw new IllegalStateException("boom after both writes");
        }))).hasMessage("boom after both writes");

        assertThat(processesFor(email)).isZero();
        assertThat(employeesWith(email)).isZero();
    }

    @Test
    void a_successful_transaction_commits_the_process_and_the_entity() {
        String email = "commit-" + UUID.randomUUID() + "@example.org";
        transactions.executeWithoutResult(status -> AsHr.run(() -> {
            employees.register(draft(email));
            runtime.startProcessInstanceByKey("transactionProbe", email);
        }));

        assertThat(processesFor(email)).isOne();
        assertThat(employeesWith(email)).isOne();
    }

    private long processesFor(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count();
    }

    private long employeesWith(String email) {
        return AsHr.call(() -> employees.search(new EmployeeFilter(email, null, null), PageRequest.of(0, 10))
                .size());
    }

    private static EmployeeDraft draft(String email) {
        return new EmployeeDraft("Tx", "Probe", email, null, null, "DK", null, Set.of(Role.EMPLOYEE),
                Locale.ENGLISH);
    }
}
