package dev.podium.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the profile half of a LinkedIn export the way LinkedIn writes it: a UTF-8 byte-order mark, CRLF line ends,
 * {@code ""} for empty values, the Connections preamble, and a messages file that must never be read.
 */
public final class LinkedInProfileArchives {

    private String headline = "";
    private String summary = "";
    private String industry = "";
    private String location = "";
    private String websites = "";
    private final List<String> positions = new ArrayList<>();
    private final List<String> skills = new ArrayList<>();
    private int education;
    private int endorsements;
    private int visibleRecommendations;
    private int hiddenRecommendations;
    private int connections;
    private final List<String> richMedia = new ArrayList<>();

    public LinkedInProfileArchives headline(String value) {
        headline = value;
        return this;
    }

    public LinkedInProfileArchives summary(String value) {
        summary = value;
        return this;
    }

    public LinkedInProfileArchives industryAndLocation(String industry, String location) {
        this.industry = industry;
        this.location = location;
        return this;
    }

    public LinkedInProfileArchives websites(String value) {
        websites = value;
        return this;
    }

    /** @param finishedOn blank for the current role */
    public LinkedInProfileArchives position(String company, String title, String description, String startedOn,
            String finishedOn) {
        positions.add(String.join(",", quoted(company), quoted(title), quoted(description), "\"Copenhagen\"",
                startedOn, finishedOn.isEmpty() ? "\"\"" : finishedOn));
        return this;
    }

    public LinkedInProfileArchives skills(String... names) {
        skills.addAll(List.of(names));
        return this;
    }

    public LinkedInProfileArchives education(int entries) {
        education = entries;
        return this;
    }

    public LinkedInProfileArchives endorsements(int count) {
        endorsements = count;
        return this;
    }

    public LinkedInProfileArchives recommendations(int visible, int hidden) {
        visibleRecommendations = visible;
        hiddenRecommendations = hidden;
        return this;
    }

    public LinkedInProfileArchives connections(int count) {
        connections = count;
        return this;
    }

    public LinkedInProfileArchives photoUploaded(String sentenceDate) {
        richMedia.add("\"You uploaded a profile photo on " + sentenceDate + " at 11:39 PM (GMT)\"");
        return this;
    }

    public LinkedInProfileArchives bannerUploaded(String sentenceDate) {
        richMedia.add("\"You uploaded a profile background photo on " + sentenceDate + " at 9:02 AM (GMT)\"");
        return this;
    }

    /** A complete profile that earns every automatic point, naming the topic "data privacy". */
    public static LinkedInProfileArchives complete() {
        LinkedInProfileArchives archive = new LinkedInProfileArchives()
                .headline("Helping Nordic banks get data privacy right | Engineer, speaker, privacy-by-design advocate")
                .summary("I help teams ship products that respect people. ".repeat(30))
                .industryAndLocation("Banking", "Copenhagen, Capital Region, Denmark")
                .websites("[PORTFOLIO:https://example.org]")
                .position("Podium Bank", "Privacy Engineer", "I lead the privacy engineering guild. ".repeat(8),
                        "Jan 2021", "")
                .position("Old Co", "Engineer", "Built things.", "Feb 2017", "Dec 2020")
                .position("First Co", "Junior Engineer", "", "Aug 2014", "Jan 2017")
                .education(2).endorsements(12).recommendations(2, 1).connections(520)
                .photoUploaded("January 15, 2026").bannerUploaded("March 3, 2025");
        for (int i = 1; i <= 15; i++) {
            archive.skills("Skill " + i);
        }
        return archive.skills("Data Privacy");
    }

    public byte[] zip() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
                + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n"
                + "Mette,Jensen,\"\",\"\",\"\"," + quoted(headline) + "," + quoted(summary) + "," + quoted(industry)
                + ",\"\"," + quoted(location) + ",\"\"," + quoted(websites) + ",\"\"\r\n");
        files.put("Positions.csv", lines("Company Name,Title,Description,Location,Started On,Finished On", positions));
        files.put("Education.csv", lines("School Name,Start Date,End Date,Notes,Degree Name,Activities",
                repeat("\"DTU\",2008,2013,\"\",\"MSc\",\"\"", education)));
        files.put("Skills.csv", lines("Name", skills.stream().map(LinkedInProfileArchives::quoted).toList()));
        files.put("Endorsement_Received_Info.csv", lines("Endorsement Date,Skill Name,Endorser First Name,"
                + "Endorser Last Name,Endorser Public Url,Endorsement Status",
                repeat("2024/01/02 10:11:12 UTC,Privacy,Ann,Berg,www.linkedin.com/in/ann,ACCEPTED", endorsements)));
        List<String> recommendations = new ArrayList<>(repeat(
                "Ann,Berg,Acme,CTO,\"Mette is great.\",\"04/15/24, 09:25 PM\",VISIBLE", visibleRecommendations));
        recommendations.addAll(repeat("Bo,Lund,Acme,CEO,\"Hidden.\",\"04/16/24, 10:25 AM\",HIDDEN",
                hiddenRecommendations));
        files.put("Recommendations_Received.csv",
                lines("First Name,Last Name,Company,Job Title,Text,Creation Date,Status", recommendations));
        files.put("Connections.csv", "Notes:\r\n\"When exporting your connection data, you may notice that some of the"
                + " email addresses are missing.\"\r\n\r\n"
                + lines("First Name,Last Name,URL,Email Address,Company,Position,Connected On",
                        repeat("Kim,Holm,https://www.linkedin.com/in/kim,\"\",Acme,Dev,15 Mar 2024", connections)));
        files.put("Rich_Media.csv", lines("Date/Time,Media Description,Media Link", richMedia.stream()
                .map(description -> "\"2026-01-15 23:39:00\"," + description + ",https://media.licdn.com/x")
                .toList()));
        files.put("messages.csv", "CONVERSATION ID,FROM,TO,CONTENT\r\nnever,read,me,\"secret\"\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("Basic_LinkedInDataExport_01-15-2026/" + file.getKey()));
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
