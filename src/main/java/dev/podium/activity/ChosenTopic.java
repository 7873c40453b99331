package dev.podium.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One of the 3–5 voice topics an employee chose; keywords and hashtags are stored one per line. */
@Entity
@Table(name = "voice_topic")
class ChosenTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voice_topic_seq")
    @SequenceGenerator(name = "voice_topic_seq", sequenceName = "voice_topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String keywords;

    @Column(nullable = false)
    private String hashtags;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ChosenTopic() {
    }

    ChosenTopic(long employeeId, int position, VoiceTopic topic, Instant now) {
        this.employeeId = employeeId;
        this.position = position;
        this.label = topic.label();
        this.keywords = String.join("\n", topic.keywords());
        this.hashtags = String.join("\n", topic.hashtags());
        this.createdAt = now;
    }

    VoiceTopic topic() {
        return new VoiceTopic(label, lines(keywords), lines(hashtags));
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
