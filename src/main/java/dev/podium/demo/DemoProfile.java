package dev.podium.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One demo person's LinkedIn profile export (the profile files of DOMAIN.md §4), written as LinkedIn writes them, so
 * the demo's profile audits are read and scored by the same reader and scorer as a real submission. How complete the
 * profile is follows a drawn quality, so the scores spread as a real organisation's would.
 */
final class DemoProfile {

    private static final String[] HEADLINES = {
        "Helping Nordic customers get more from their energy data | Engineer and speaker",
        "Sales lead at Podium | Building long customer relationships in the Nordics",
        "People and culture partner | Onboarding, learning and leadership",
        "Product manager | Turning customer problems into products that matter",
        "Finance business partner | Clear numbers, better decisions"};
    private static final String[] SKILLS = {"Project Management", "Customer Success", "Data Analysis",
        "Leadership", "Negotiation", "Public Speaking", "Strategy", "Agile", "Stakeholder Management", "SQL",
        "Coaching", "Product Management", "Sustainability", "Communication", "Change Management", "Sales"};

    private DemoProfile() {
    }

    /**
     * A profile export of the given quality.
     *
     * @param quality 0 for a bare profile, 1 for one that earns nearly every automatic point
     */
    static byte[] zip(String firstName, String lastName, double quality, Random random) {
        boolean good = quality > 0.5;
        String headline = random.nextDouble() < 0.3 + quality ? HEADLINES[random.nextInt(HEADLINES.length)] : "";
        String summary = random.nextDouble() < quality ? "I help teams ship work that respects people. "
                .repeat(1 + (int) (quality * 30)) : "";
        List<String> positions = new ArrayList<>();
        positions.add(String.join(",", "\"Podium\"", "\"Specialist\"", quoted(good
                ? "I lead our customer guild and write about what we learn. ".repeat(6) : ""), "\"Copenhagen\"",
                "Jan 2021", "\"\""));
        int earlier = (int) Math.round(quality * 3 * random.nextDouble());
        for (int i = 0; i < earlier; i++) {
            positions.add("\"Earlier Co " + i + "\",\"Engineer\",\"Built things.\",\"Copenhagen\",Feb " + (2012 + 3 * i)
                    + ",Dec " + (2014 + 3 * i));
        }
        int skills = (int) Math.round(quality * SKILLS.length * (0.5 + random.nextDouble() / 2));
        List<String> skillRows = new ArrayList<>();
        for (int i = 0; i < skills; i++) {
            skillRows.add(quoted(SKILLS[i]));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
                + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n"
                + quoted(firstName) + "," + quoted(lastName) + ",\"\",\"\",\"\"," + quoted(headline) + ","
                + quoted(summary) + "," + quoted(random.nextDouble() < 0.4 + quality ? "Renewable Energy" : "")
                + ",\"\"," + quoted(random.nextDouble() < 0.5 + quality ? "Copenhagen, Capital Region, Denmark" : "")
                + ",\"\"," + quoted(random.nextDouble() < quality ? "[COMPANY:https://podium.example]" : "")
                + ",\"\"\r\n");
        files.put("Positions.csv", lines("Company Name,Title,Description,Location,Started On,Finished On", positions));
        files.put("Education.csv", lines("School Name,Start Date,End Date,Notes,Degree Name,Activities",
                repeat("\"DTU\",2008,2013,\"\",\"MSc\",\"\"", random.nextDouble() < 0.3 + quality ? 1 : 0)));
        files.put("Skills.csv", lines("Name", skillRows));
        files.put("Endorsement_Received_Info.csv", lines("Endorsement Date,Skill Name,Endorser First Name,"
                + "Endorser Last Name,Endorser Public Url,Endorsement Status",
                repeat("2024/01/02 10:11:12 UTC,Leadership,Ann,Berg,www.linkedin.com/in/ann,ACCEPTED",
                        (int) Math.round(quality * 15 * random.nextDouble()))));
        files.put("Recommendations_Received.csv", lines("First Name,Last Name,Company,Job Title,Text,Creation Date,"
                + "Status", repeat("Ann,Berg,Acme,CTO,\"A colleague to learn from.\",\"04/15/24, 09:25 PM\",VISIBLE",
                        (int) Math.round(quality * 3 * random.nextDouble()))));
        files.put("Connections.csv", "Notes:\r\n\"When exporting your connection data, you may notice that some of the"
                + " email addresses are missing.\"\r\n\r\n"
                + lines("First Name,Last Name,URL,Email Address,Company,Position,Connected On",
                        repeat("Kim,Holm,https://www.linkedin.com/in/kim,\"\",Acme,Dev,15 Mar 2024",
                                (int) Math.round(40 + quality * 560 * random.nextDouble()))));
        List<String> media = new ArrayList<>();
        if (random.nextDouble() < 0.5 + quality) {
            media.add("\"2026-01-15 23:39:00\",\"You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)\","
                    + "https://media.licdn.com/x");
        }
        if (random.nextDouble() < quality) {
            media.add("\"2025-03-03 09:02:00\",\"You uploaded a profile background photo on March 3, 2025 at 9:02 AM"
                    + " (GMT)\",https://media.licdn.com/x");
        }
        files.put("Rich_Media.csv", lines("Date/Time,Media Description,Media Link", media));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("Basic_LinkedInDataExport_demo/" + file.getKey()));
                zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> repeat(String row, int times) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            rows.add(row);
        }
        return rows;
    }

    private static String lines(String header, List<String> rows) {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        rows.forEach(row -> text.append(row).append("\r\n"));
        return text.toString();
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "\"\"" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
