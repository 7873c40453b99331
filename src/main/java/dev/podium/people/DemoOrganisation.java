package dev.podium.people;

import dev.podium.security.AccountService;
import dev.podium.security.DemoCredentials;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import dev.podium.shared.EmployeeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Random;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An organisation to explore on a first local run: eight departments in Denmark and Germany, 300 people
 * ({@code podium.people.demo-size}) with line managers, three coaches and two HR administrators. Seeded once into an
 * empty database, only under the {@code demo} profile, which the embedded-database run switches on and production
 * never does; then {@link DemoOrganisationSeeded} lets the other modules give it a history. Names are drawn from a
 * fixed seed, so every fresh start has the same people.
 */
@Component
@Profile("demo")
@Order(20)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    static final String DOMAIN = "podium.local";
    private static final long SEED = 18;

    private static final String[] DANISH_FIRST = {"Frederik", "Ida", "Rasmus", "Maja", "Oliver", "Freja", "Mikkel",
        "Clara", "Nikolaj", "Astrid", "Jakob", "Laura", "Magnus", "Sara", "Christian", "Julie", "Anders", "Mathilde",
        "Søren", "Nanna", "Emil", "Sofia", "Victor", "Alma", "William", "Ella", "Noah", "Karla", "Lucas", "Agnes",
        "Malthe", "Josefine", "Tobias", "Cecilie", "Jonas", "Signe", "Mads", "Line", "Kasper", "Louise"};
    private static final String[] DANISH_LAST = {"Poulsen", "Christensen", "Larsen", "Andersen", "Pedersen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Johansen",
        "Knudsen", "Mikkelsen", "Frederiksen", "Eriksen", "Holm", "Kjær", "Jakobsen", "Lauridsen", "Bach", "Dam",
        "Østergaard", "Winther", "Skov", "Bruun", "Lind", "Vinther"};
    private static final String[] GERMAN_FIRST = {"Felix", "Lena", "Jan", "Marie", "Tobias", "Hannah", "Maximilian",
        "Lea", "Paul", "Johanna", "Niklas", "Katharina", "David", "Sophie", "Jonas", "Emilia", "Elias", "Mia", "Leon",
        "Clara", "Finn", "Laura", "Moritz", "Greta", "Julian", "Frieda", "Simon", "Paula", "Philipp", "Ronja"};
    private static final String[] GERMAN_LAST = {"Müller", "Schneider", "Weber", "Meyer", "Schulz", "Koch", "Richter",
        "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
        "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Huber", "Kaiser", "Fuchs", "Peters", "Vogel"};

    /** A department of the demo: where it is, who leads it, what its people do, and its share of the staff. */
    private record Team(DepartmentSummary department, String country, EmployeeId lead, String[] titles, int weight) {
    }

    private final EmployeeService employees;
    private final EmployeeRepository employeeRepository;
    private final AccountService accounts;
    private final ClusterLock lock;
    private final ApplicationEventPublisher events;
    private final int size;

    DemoOrganisation(EmployeeService employees, EmployeeRepository employeeRepository, AccountService accounts,
            ClusterLock lock, ApplicationEventPublisher events, PeopleProperties properties) {
        this.employees = employees;
        this.employeeRepository = employeeRepository;
        this.accounts = accounts;
        this.lock = lock;
        this.events = events;
        this.size = Math.max(20, properties.demoSize());
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.runExclusively("podium.people.demo", Duration.ofMinutes(2), () -> SystemUser.run(() -> {
            if (employeeRepository.count() == 0) {
                long started = System.nanoTime();
                DemoOrganisationSeeded seeded = seed();
                log.info("Seeded the demo organisation: {} people in {} ms", seeded.people().size(),
                        (System.nanoTime() - started) / 1_000_000);
                events.publishEvent(seeded);
            }
        }));
        log.info("""

                ─── Podium demo accounts (password for all: {}) ───
                  employee     employee@{}
                  coach        coach@{}
                  line manager manager@{}
                  HR admin     hr@{}
                  …and their colleagues as firstname.lastname@{}
                """, DemoCredentials.PASSWORD, DOMAIN, DOMAIN, DOMAIN, DOMAIN, DOMAIN);
    }

    private DemoOrganisationSeeded seed() {
        var engineering = employees.ensureDepartment("Engineering", "DK");
        var marketing = employees.ensureDepartment("Marketing", "DK");
        var people = employees.ensureDepartment("People & Culture", "DK");
        var sales = employees.ensureDepartment("Sales", "DE");
        var success = employees.ensureDepartment("Customer Success", "DE");
        var product = employees.ensureDepartment("Product", "DK");
        var finance = employees.ensureDepartment("Finance", "DK");
        var operations = employees.ensureDepartment("Operations", "DE");

        Set<Role> hr = EnumSet.of(Role.HR_ADMIN, Role.EMPLOYEE);
        Set<Role> coach = EnumSet.of(Role.COACH, Role.EMPLOYEE);
        Set<Role> manager = EnumSet.of(Role.LINE_MANAGER, Role.EMPLOYEE);
        Set<Role> employee = EnumSet.of(Role.EMPLOYEE);
        Locale da = Locale.forLanguageTag("da");
        Locale de = Locale.GERMAN;
        List<EmployeeId> everyone = new ArrayList<>();
        Set<String> handles = new HashSet<>(List.of("karen.vestergaard", "jonas.becker", "lukas.schmidt",
                "sofie.lund", "line.mortensen", "stefan.wagner", "anna.fischer", "ole.brandt", "birgit.kjeldsen",
                "thomas.bauer", "soeren.holm"));

        EmployeeId ceo = add(everyone, "Karen", "Vestergaard", "karen.vestergaard", "Managing Director", people, "DK",
                null, manager, da);
        EmployeeId hrLead = add(everyone, "Helle", "Hansen", "hr", "Head of People & Culture", people, "DK", ceo,
                EnumSet.of(Role.HR_ADMIN, Role.LINE_MANAGER, Role.EMPLOYEE), da);
        add(everyone, "Jonas", "Becker", "jonas.becker", "HR Business Partner", people, "DE", hrLead, hr, de);
        add(everyone, "Camilla", "Dahl", "coach", "Social Leadership Coach", people, "DK", hrLead, coach, da);
        add(everyone, "Lukas", "Schmidt", "lukas.schmidt", "Social Leadership Coach", people, "DE", hrLead, coach, de);
        add(everyone, "Sofie", "Lund", "sofie.lund", "Communications Coach", marketing, "DK", hrLead, coach, da);

        EmployeeId engineeringLead = add(everyone, "Mads", "Nielsen", "manager", "Engineering Manager", engineering,
                "DK", ceo, manager, da);
        EmployeeId marketingLead = add(everyone, "Line", "Mortensen", "line.mortensen", "Head of Marketing",
                marketing, "DK", ceo, manager, da);
        EmployeeId salesLead = add(everyone, "Stefan", "Wagner", "stefan.wagner", "Head of Sales", sales, "DE", ceo,
                manager, de);
        EmployeeId successLead = add(everyone, "Anna", "Fischer", "anna.fischer", "Head of Customer Success",
                success, "DE", ceo, manager, de);
        EmployeeId productLead = add(everyone, "Ole", "Brandt", "ole.brandt", "Head of Product", product, "DK", ceo,
                manager, da);
        EmployeeId financeLead = add(everyone, "Birgit", "Kjeldsen", "birgit.kjeldsen", "CFO", finance, "DK", ceo,
                manager, da);
        EmployeeId operationsLead = add(everyone, "Thomas", "Bauer", "thomas.bauer", "Head of Operations",
                operations, "DE", ceo, manager, de);

        add(everyone, "Emma", "Jensen", "employee", "Software Engineer", engineering, "DK", engineeringLead, employee,
                Locale.ENGLISH);
        // the README's example of a colleague's address
        add(everyone, "Søren", "Holm", "soeren.holm", "Content Strategist", marketing, "DK", marketingLead, employee,
                da);

        List<Team> teams = List.of(
                new Team(engineering, "DK", engineeringLead, new String[] {"Software Engineer", "Data Analyst",
                    "Site Reliability Engineer", "QA Engineer"}, 26),
                new Team(marketing, "DK", marketingLead, new String[] {"Content Strategist", "Marketing Specialist",
                    "Brand Designer", "Community Manager"}, 14),
                new Team(sales, "DE", salesLead, new String[] {"Account Executive", "Solutions Consultant",
                    "Sales Development Representative"}, 20),
                new Team(success, "DE", successLead, new String[] {"Customer Success Manager", "Support Specialist",
                    "Onboarding Consultant"}, 14),
                new Team(product, "DK", productLead, new String[] {"Product Manager", "Product Designer",
                    "UX Researcher"}, 10),
                new Team(finance, "DK", financeLead, new String[] {"Controller", "Accountant", "Financial Analyst"}, 6),
                new Team(operations, "DE", operationsLead, new String[] {"Operations Coordinator",
                    "Logistics Planner", "Procurement Specialist"}, 8),
                new Team(people, "DK", hrLead, new String[] {"Recruiter", "Learning Partner"}, 2));
        int totalWeight = teams.stream().mapToInt(Team::weight).sum();
        Random random = new Random(SEED);
        while (everyone.size() < size) {
            int pick = random.nextInt(totalWeight);
            Team team = teams.getFirst();
            for (Team candidate : teams) {
                if (pick < candidate.weight()) {
                    team = candidate;
                    break;
                }
                pick -= candidate.weight();
            }
            boolean danish = team.country().equals("DK");
            String first = (danish ? DANISH_FIRST : GERMAN_FIRST)[random.nextInt(danish ? DANISH_FIRST.length
                    : GERMAN_FIRST.length)];
            String last = (danish ? DANISH_LAST : GERMAN_LAST)[random.nextInt(danish ? DANISH_LAST.length
                    : GERMAN_LAST.length)];
            String handle = handle(new String[] {first, last});
            if (!handles.add(handle)) {
                continue; // one person per name, so every address is firstname.lastname
            }
            add(everyone, first, last, handle, team.titles()[random.nextInt(team.titles().length)],
                    team.department(), team.country(), team.lead(), employee, danish ? da : de);
        }
        accounts.useDemoPassword(everyone);
        return new DemoOrganisationSeeded(hrLead, everyone);
    }

    private EmployeeId add(List<EmployeeId> everyone, String first, String last, String handle, String title,
            DepartmentSummary department, String country, EmployeeId manager, Set<Role> roles, Locale locale) {
        EmployeeId id = employees.register(new EmployeeDraft(first, last, handle + "@" + DOMAIN, title,
                department.id(), country, manager, roles, locale.getLanguage().equals("da") ? locale : Locale.ENGLISH));
        everyone.add(id);
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
