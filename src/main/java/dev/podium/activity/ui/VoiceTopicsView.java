package dev.podium.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.podium.activity.ActivityRuleViolation;
import dev.podium.activity.VoiceTopicService;
import dev.podium.activity.VoiceTopic;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The employee chooses the 3–5 topics they want to be known for, and sees which links count as company content. */
@Route("voice/topics")
@RolesAllowed(Roles.EMPLOYEE)
class VoiceTopicsView extends Main implements HasDynamicTitle {

    private static final int ROWS = 5;

    private final VoiceTopicService activity;
    private final List<Row> rows = new ArrayList<>();
    private final Paragraph problem = new Paragraph();

    VoiceTopicsView(VoiceTopicService activity) {
        this.activity = activity;
        addClassName("podium-page");
        getStyle().set("max-width", "60rem");
        add(new Paragraph(getTranslation("activity.ui.topics.intro")));

        List<VoiceTopic> current = activity.myVoiceTopics();
        for (int i = 0; i < ROWS; i++) {
            Row row = new Row(i + 1);
            if (i < current.size()) {
                row.show(current.get(i));
            }
            rows.add(row);
            add(row.heading, row.form);
        }
        problem.setId("topics-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("font-weight", "600").set("padding", "0.75rem").set("border", "1px solid currentColor")
                .set("border-radius", "0.5rem");
        problem.setVisible(false);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("topics-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        List<String> domains = activity.companyDomains();
        Paragraph company = new Paragraph(domains.isEmpty() ? getTranslation("activity.ui.voice.no-company-domains")
                : getTranslation("activity.ui.voice.company-domains", String.join(", ", domains)));
        company.setId("topics-company-domains");
        add(problem, save, new H2(getTranslation("activity.ui.topics.company-title")), company,
                new Paragraph(getTranslation("activity.ui.topics.company-why")));
    }

    private void save() {
        rows.forEach(Row::valid);
        problem.setVisible(false);
        try {
            activity.saveMyVoiceTopics(rows.stream().map(Row::topic).toList());
            Notification.show(getTranslation("activity.ui.topics.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(MyVoiceView.class));
        } catch (ActivityRuleViolation violation) {
            String message = getTranslation(violation.messageKey(), violation.arguments());
            problem.setText(message);
            problem.setVisible(true);
            rows.forEach(row -> row.mark(violation.field(), message));
        }
    }

    private final class Row {
        final int number;
        final H2 heading;
        final TextField label = new TextField();
        final TextField keywords = new TextField();
        final TextField hashtags = new TextField();
        final FormLayout form;

        Row(int number) {
            this.number = number;
            heading = new H2(getTranslation("activity.ui.topics.topic", number));
            label.setLabel(getTranslation("activity.ui.topics.label"));
            label.setMaxLength(60);
            label.setId("topic-" + number + "-label");
            keywords.setLabel(getTranslation("activity.ui.topics.keywords"));
            keywords.setHelperText(getTranslation("activity.ui.topics.keywords-help"));
            keywords.setId("topic-" + number + "-keywords");
            hashtags.setLabel(getTranslation("activity.ui.topics.hashtags"));
            hashtags.setHelperText(getTranslation("activity.ui.topics.hashtags-help"));
            hashtags.setId("topic-" + number + "-hashtags");
            form = new FormLayout(label, keywords, hashtags);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        }

        void show(VoiceTopic topic) {
            label.setValue(topic.label());
            keywords.setValue(String.join(", ", topic.keywords()));
            hashtags.setValue(String.join(" ", topic.hashtags().stream().map(tag -> "#" + tag).toList()));
        }

        VoiceTopic topic() {
            return new VoiceTopic(label.getValue(), split(keywords.getValue(), "[,;\\n]"),
                    split(hashtags.getValue(), "[,;\\s]+"));
        }

        void valid() {
            label.setInvalid(false);
            keywords.setInvalid(false);
            hashtags.setInvalid(false);
        }

        void mark(String field, String message) {
            String prefix = "topic." + number + ".";
            TextField target = switch (field.startsWith(prefix) ? field.substring(prefix.length()) : "") {
                case "label" -> label;
                case "keywords" -> keywords;
                case "hashtags" -> hashtags;
                default -> null;
            };
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        }

        private static List<String> split(String value, String separators) {
            return Arrays.stream(value.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.ui.topics.title");
    }
}
