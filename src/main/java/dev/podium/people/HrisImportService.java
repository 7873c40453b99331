package dev.podium.people;

import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.security.InvitationOutcome;
import dev.podium.security.SignInLinkService;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Roles;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HR's import of employees from an HRIS CSV export: read, map columns, preview with every problem by line, then
 * import all or nothing. People are matched by the HRIS employee id (stored as the employee's external id); someone
 * entered by hand before is matched once by e-mail and then keeps the HRIS id. Importing the same file twice changes
 * nothing the second time. Leavers (marked by status or end date, or missing from a full export) are deactivated
 * through the same path as HR's own deactivation, their data kept.
 */
@Service
public class HrisImportService {

    /** The preview lists at most this many problems (and says how many more there were). */
    public static final int MAX_PROBLEMS = 1_000;

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final HrisWriter writer;
    private final PeopleProperties properties;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final ExecutorService workers;
    private final SignInLinkService invitations;
    private final AccessLog accessLog;

    HrisImportService(EmployeeRepository employees, DepartmentRepository departments, HrisWriter writer,
            PeopleProperties properties, CurrentUser currentUser, PlatformTransactionManager transactionManager,
            Clock clock, SignInLinkService invitations, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.invitations = invitations;
        this.employees = employees;
        this.departments = departments;
        this.writer = writer;
        this.properties = properties;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        // one import at a time per node: an import holds a connection and many rows for its whole transaction.
        this.workers = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("hris-import-", 1).daemon(true).factory());
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdown();
    }

    /**
     * Reads an uploaded export into memory. Refuses a file over the size limit, an empty one or one that is no CSV
     * with {@link PeopleRuleViolation} ({@code hris.error.*}).
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public HrisFile read(String fileName, InputStream content) {
        return HrisCsvReader.read(fileName, content, properties.hrisMaxUploadBytes());
    }

    /** The largest file {@link #read} accepts. */
    @RolesAllowed(Roles.HR_ADMIN)
    public long maxUploadBytes() {
        return properties.hrisMaxUploadBytes();
    }

    /**
     * Checks the file with the mapping against the people known now, on a worker thread, changing nothing.
     *
     * @param rowsChecked told, from the worker thread, how many rows were checked so far
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public CompletableFuture<HrisPreview> preview(HrisFile file, HrisMapping mapping, IntConsumer rowsChecked) {
        Long me = currentUser.get().map(user -> user.employeeId().value()).orElse(null);
        return CompletableFuture.supplyAsync(asCaller(() -> readOnly.execute(status ->
                plan(file, mapping, me, rowsChecked).preview(MAX_PROBLEMS))), workers);
    }

    /**
     * Imports the file in one transaction on a worker thread. Checks it again first, against the people as they
     * are then: with any problem, the future fails with {@link HrisImportRejected} and nothing is imported.
     *
     * @param rowsWritten told, from the worker thread, how many rows were written so far
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public CompletableFuture<HrisImportResult> importFile(HrisFile file, HrisMapping mapping,
            IntConsumer rowsWritten) {
        Long me = currentUser.get().map(user -> user.employeeId().value()).orElse(null);
        return CompletableFuture.supplyAsync(asCaller(() -> transactions.execute(status -> {
            HrisPlan plan = plan(file, mapping, me, n -> { });
            if (!plan.problems.isEmpty()) {
                throw new HrisImportRejected(plan.preview(MAX_PROBLEMS));
            }
            writer.write(plan, rowsWritten);
            HrisImportResult result = new HrisImportResult(plan.rows, plan.creates.size(), plan.updates.size(),
                    plan.unchanged, plan.deactivations.size(), plan.reactivations.size(), plan.newDepartments.size());
            // in the import's transaction: an import that rolls back leaves no row
            accessLog.record(AccessLogAction.HRIS_IMPORTED, null, file.fileName(), result.rows() + " rows: "
                    + result.created() + " new, " + result.updated() + " changed, " + result.deactivated()
                    + " deactivated, " + result.reactivated() + " reactivated");
            return result;
        })), workers);
    }

    /**
     * Invites everyone an imported file lists (by its e-mail column) who is active in Podium now: a one-time link to
     * choose a password, or the sign-in page with single sign-on. For HR right after an import on launch day.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public InvitationOutcome inviteEveryoneIn(HrisFile file, HrisMapping mapping) {
        Integer column = mapping.columns().get(HrisField.EMAIL);
        if (column == null) {
            return new InvitationOutcome(0, file.rows().size(), 0);
        }
        List<String> emails = file.rows().stream().filter(row -> row.values().size() > column)
                .map(row -> row.values().get(column).strip().toLowerCase(java.util.Locale.ROOT))
                .filter(email -> !email.isEmpty()).distinct().toList();
        List<EmployeeId> ids = new java.util.ArrayList<>();
        for (int from = 0; from < emails.size(); from += 1_000) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + 1_000));
            readOnly.executeWithoutResult(status -> employees.findActiveIdsByEmailIn(chunk)
                    .forEach(id -> ids.add(EmployeeId.of(id))));
        }
        InvitationOutcome outcome = invitations.invite(ids);
        return new InvitationOutcome(outcome.sent(), outcome.skipped() + emails.size() - ids.size(),
                outcome.failed());
    }

    /** The work runs as the person who asked for it: the services it calls check their role again. */
    private static <T> Supplier<T> asCaller(Supplier<T> work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
    }

    private HrisPlan plan(HrisFile file, HrisMapping mapping, Long importingPerson, IntConsumer progress) {
        Map<HrisPlan.DepartmentKey, Long> known = departments.findAll().stream().collect(Collectors.toMap(
                d -> new HrisPlan.DepartmentKey(d.name(), d.countryCode()), Department::id, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        return HrisPlan.of(file, mapping, employees.findAllForImport(), known, importingPerson, today, progress);
    }
}
