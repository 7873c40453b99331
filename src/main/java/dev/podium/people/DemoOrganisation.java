package dev.podium.people;

import dev.podium.security.AccountService;
import dev.podium.security.DemoCredentials;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import dev.podium.shared.EmployeeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A small organisation to explore on a first local run: five departments in Denmark and Germany, 50 people
 * with line managers, three coaches and two HR administrators. Seeded once into an empty database, only under
 * the {@code demo} profile, which the embedded-database run switches on and production never does.
 */
@Component
@Profile("demo")
@Order(20)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    static final String DOMAIN = "podium.local";

    private final EmployeeService employees;
    private final EmployeeRepository employeeRepository;
    private final AccountService accounts;
    private final ClusterLock lock;

    DemoOrganisation(EmployeeService employees, EmployeeRepository employeeRepository, AccountService accounts,
            ClusterLock lock) {
        this.employees = employees;
        this.employeeRepository = employeeRepository;
        this.accounts = accounts;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.runExclusively("podium.people.demo", Duration.ofMinutes(2), () -> SystemUser.run(() -> {
            if (employeeRepository.count() == 0) {
                seed();
            }
        }));
        log.info("""

                ─── Podium demo accounts (password for all: {}) ───
                  employee     employee@{}
                  coach        coach@{}
                  line manager manager@{}
                  HR admin     hr@{}
                  …and 46 more colleagues as firstname.lastname@{}
                """, DemoCredentials.PASSWORD, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN);
    }

    private void seed() {
        var engineering = employees.ensureDepartment("Engineering", "DK");
        var marketing = employees.ensureDepartment("Marketing", "DK");
        var people = employees.ensureDepartment("People & Culture", "DK");
        var sales = employees.ensureDepartment("Sales", "DE");
        var success = employees.ensureDepartment("Customer Success", "DE");

        Set<Role> hr = EnumSet.of(Role.HR_ADMIN, Role.EMPLOYEE);
        Set<Role> coach = EnumSet.of(Role.COACH, Role.EMPLOYEE);
        Set<Role> manager = EnumSet.of(Role.LINE_MANAGER, Role.EMPLOYEE);
        Set<Role> employee = EnumSet.of(Role.EMPLOYEE);
        Locale da = Locale.forLanguageTag("da");
        Locale de = Locale.GERMAN;

        EmployeeId ceo = add("Karen", "Vestergaard", "karen.vestergaard", "Managing Director", people, "DK", null,
                manager, da);
        EmployeeId hrLead = add("Helle", "Hansen", "hr", "Head of People & Culture", people, "DK", ceo,
                EnumSet.of(Role.HR_ADMIN, Role.LINE_MANAGER, Role.EMPLOYEE), da);
        add("Jonas", "Becker", "jonas.becker", "HR Business Partner", people, "DE", hrLead, hr, de);
        add("Camilla", "Dahl", "coach", "Social Leadership Coach", people, "DK", hrLead, coach, da);
        add("Lukas", "Schmidt", "lukas.schmidt", "Social Leadership Coach", people, "DE", hrLead, coach, de);
        add("Sofie", "Lund", "sofie.lund", "Communications Coach", marketing, "DK", hrLead, coach, da);

        EmployeeId engineeringLead = add("Mads", "Nielsen", "manager", "Engineering Manager", engineering, "DK",
                ceo, manager, da);
        EmployeeId marketingLead = add("Line", "Mortensen", "line.mortensen", "Head of Marketing", marketing, "DK",
                ceo, manager, da);
        EmployeeId salesLead = add("Stefan", "Wagner", "stefan.wagner", "Head of Sales", sales, "DE", ceo,
                manager, de);
        EmployeeId successLead = add("Anna", "Fischer", "anna.fischer", "Head of Customer Success", success, "DE",
                ceo, manager, de);

        add("Emma", "Jensen", "employee", "Software Engineer", engineering, "DK", engineeringLead, employee,
                Locale.ENGLISH);

        List<String[]> danes = List.of(
                new String[] {"Frederik", "Poulsen"}, new String[] {"Ida", "Christensen"},
                new String[] {"Rasmus", "Larsen"}, new String[] {"Maja", "Andersen"},
                new String[] {"Oliver", "Pedersen"}, new String[] {"Freja", "Sørensen"},
                new String[] {"Mikkel", "Rasmussen"}, new String[] {"Clara", "Jørgensen"},
                new String[] {"Nikolaj", "Madsen"}, new String[] {"Astrid", "Kristensen"},
                new String[] {"Jakob", "Olsen"}, new String[] {"Laura", "Thomsen"},
                new String[] {"Magnus", "Møller"}, new String[] {"Sara", "Johansen"},
                new String[] {"Christian", "Knudsen"}, new String[] {"Julie", "Mikkelsen"},
                new String[] {"Anders", "Frederiksen"}, new String[] {"Mathilde", "Eriksen"},
                new String[] {"Søren", "Holm"}, new String[] {"Nanna", "Kjær"});
        List<String[]> germans = List.of(
                new String[] {"Felix", "Müller"}, new String[] {"Lena", "Schneider"},
                new String[] {"Jan", "Weber"}, new String[] {"Marie", "Meyer"},
                new String[] {"Tobias", "Schulz"}, new String[] {"Hannah", "Koch"},
                new String[] {"Maximilian", "Richter"}, new String[] {"Lea", "Klein"},
                new String[] {"Paul", "Wolf"}, new String[] {"Johanna", "Schröder"},
                new String[] {"Niklas", "Neumann"}, new String[] {"Katharina", "Schwarz"},
                new String[] {"David", "Zimmermann"}, new String[] {"Sophie", "Braun"},
                new String[] {"Jonas", "Krüger"}, new String[] {"Emilia", "Hofmann"},
                new String[] {"Elias", "Hartmann"}, new String[] {"Mia", "Lange"},
                new String[] {"Leon", "Werner"});

        String[] danishTitles = {"Software Engineer", "Product Designer", "Content Strategist", "Data Analyst",
            "Marketing Specialist"};
        for (int i = 0; i < danes.size(); i++) {
            String[] name = danes.get(i);
            boolean engineer = i % 2 == 0;
            add(name[0], name[1], handle(name), danishTitles[i % danishTitles.length],
                    engineer ? engineering : marketing, "DK", engineer ? engineeringLead : marketingLead, employee,
                    da);
        }
        String[] germanTitles = {"Account Executive", "Customer Success Manager", "Solutions Consultant",
            "Sales Development Representative"};
        for (int i = 0; i < germans.size(); i++) {
            String[] name = germans.get(i);
            boolean seller = i % 2 == 0;
            add(name[0], name[1], handle(name), germanTitles[i % germanTitles.length], seller ? sales : success,
                    "DE", seller ? salesLead : successLead, employee, de);
        }
        log.info("Seeded the demo organisation: {} people", employeeRepository.count());
    }

    private EmployeeId add(String first, String last, String handle, String title, DepartmentSummary department,
            String country, EmployeeId manager, Set<Role> roles, Locale locale) {
        EmployeeId id = employees.register(new EmployeeDraft(first, last, handle + "@" + DOMAIN, title,
                department.id(), country, manager, roles, locale.getLanguage().equals("da") ? locale : Locale.ENGLISH));
        accounts.useDemoPassword(id);
        return id;
    }

    private static String handle(String[] name) {
        return ascii(name[0]) + "." + ascii(name[1]);
    }

    private static String ascii(String name) {
        List<String> out = new ArrayList<>();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.add(switch (c) {
                case 'æ' -> "ae";
                case 'ø', 'ö' -> "oe";
                case 'å' -> "aa";
                case 'ü' -> "ue";
                case 'ä' -> "ae";
                case 'ß' -> "ss";
                default -> String.valueOf(c);
            });
        }
        return String.join("", out);
    }
}
