package dev.podium.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.podium.drafts.DraftRuleViolation;
import dev.podium.drafts.DraftService;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A comment on a passage: the passage typed or taken from the text box's selection, and the comment. The passage is
 * found in the text as it stands (its first occurrence), so the comment keeps offsets and the quoted words.
 */
class CommentForm extends Div {

    private final TextField passage = new TextField();
    private final TextArea comment = new TextArea();
    private final Paragraph problem = new Paragraph();
    private int selectionStart = -1;
    private int selectionEnd = -1;

    CommentForm(DraftService drafts, long draftId, TextArea source, Supplier<String> text, IntSupplier version,
            Runnable done) {
        passage.setLabel(getTranslation("drafts.comments.passage"));
        passage.setId("draft-passage");
        passage.setWidthFull();
        passage.setHelperText(getTranslation("drafts.comments.passage-help"));
        Button useSelection = new Button(getTranslation("drafts.comments.use-selection"), e -> source.getElement()
                .executeJs("const i = this.inputElement; return i ? [i.selectionStart, i.selectionEnd] : [0, 0];")
                .then(result -> {
                    int start = (int) result.get(0).asDouble();
                    int end = (int) result.get(1).asDouble();
                    String current = text.get();
                    if (start >= 0 && end > start && end <= current.length()) {
                        selectionStart = start;
                        selectionEnd = end;
                        passage.setValue(current.substring(start, end));
                    }
                }));
        useSelection.setId("draft-use-selection");
        comment.setLabel(getTranslation("drafts.comments.comment"));
        comment.setId("draft-comment-text");
        comment.setWidthFull();
        problem.setId("draft-comment-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button add = new Button(getTranslation("drafts.comments.add"), e -> {
            problem.setVisible(false);
            String current = text.get();
            String wanted = passage.getValue();
            int start = selectionStart;
            int end = selectionEnd;
            if (start < 0 || end > current.length() || !current.substring(start, end).equals(wanted)) {
                start = wanted.isEmpty() ? -1 : current.indexOf(wanted);
                end = start + wanted.length();
            }
            if (start < 0) {
                problem.setText(getTranslation("drafts.comments.passage-not-found"));
                problem.setVisible(true);
                return;
            }
            try {
                drafts.comment(draftId, version.getAsInt(), start, end, comment.getValue());
                passage.clear();
                comment.clear();
                selectionStart = -1;
                done.run();
            } catch (DraftRuleViolation violation) {
                problem.setText(getTranslation(violation.messageKey(), violation.arguments()));
                problem.setVisible(true);
            }
        });
        add.setId("draft-comment-add");
        add(passage, useSelection, comment, problem, add);
    }
}
