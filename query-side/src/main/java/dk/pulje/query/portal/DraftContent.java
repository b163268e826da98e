package dk.pulje.query.portal;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicationForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a draft holds: the fields SubmitApplication asks for, each possibly still empty. Only well-formed values are
 * ever kept (see {@link DraftForm}); whether the draft is complete is told by {@link #missing}. {@code applicantKind}
 * and {@code applicantName} are asked only of an organisation known by its CVR number (a municipality's name comes
 * from its code); {@code answers} are the answers to the pool's own questions so far, by question id;
 * {@code attachments} are the documents uploaded for the draft (stored by the command side, which checked them), in
 * the order they were attached.
 */
public record DraftContent(
        String projectTitle,
        String activityCategory,
        Money amountRequested,
        SortedMap<Integer, Money> budget,
        SortedMap<String, Money> budgetLines,
        String contactName,
        String contactEmail,
        String contactPhone,
        String applicantKind,
        String applicantName,
        SortedMap<String, String> answers,
        List<DraftAttachment> attachments) {

    static final DraftContent EMPTY =
            new DraftContent(null, null, null, null, null, null, null, null, null, null, null);

    public DraftContent {
        budget = budget == null ? new TreeMap<>() : new TreeMap<>(budget);
        budgetLines = budgetLines == null ? new TreeMap<>() : new TreeMap<>(budgetLines);
        answers = answers == null ? new TreeMap<>() : new TreeMap<>(answers);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The fields of the draft's form, without attachments. */
    public DraftContent(
            String projectTitle,
            String activityCategory,
            Money amountRequested,
            SortedMap<Integer, Money> budget,
            SortedMap<String, Money> budgetLines,
            String contactName,
            String contactEmail,
            String contactPhone,
            String applicantKind,
            String applicantName,
            SortedMap<String, String> answers) {
        this(
                projectTitle,
                activityCategory,
                amountRequested,
                budget,
                budgetLines,
                contactName,
                contactEmail,
                contactPhone,
                applicantKind,
                applicantName,
                answers,
                null);
    }

    /** A document uploaded for the draft, as the command side stored it. */
    public record DraftAttachment(String documentId, String sha256, String mediaType, long size, String fileName) {}

    DraftContent withAttachments(List<DraftAttachment> all) {
        return new DraftContent(
                projectTitle,
                activityCategory,
                amountRequested,
                budget,
                budgetLines,
                contactName,
                contactEmail,
                contactPhone,
                applicantKind,
                applicantName,
                answers,
                all);
    }

    Money budgetTotal() {
        return budget.values().stream().reduce(Money.ZERO, Money::plus);
    }

    Money linesTotal() {
        return budgetLines.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /**
     * The message keys of what must still be filled in before the draft can be submitted to a pool with these
     * earmarked lines, for an organisation known by a CVR number or not.
     */
    List<String> missing(Map<String, Money> earmarks, boolean byCvr, ApplicationForm form) {
        List<String> missing = new ArrayList<>();
        if (projectTitle == null) {
            missing.add("draft.missing.title");
        }
        if (activityCategory == null) {
            missing.add("draft.missing.category");
        }
        if (amountRequested == null) {
            missing.add("draft.missing.amount");
        }
        if (budget.isEmpty()) {
            missing.add("draft.missing.budget");
        } else if (amountRequested != null && !budgetTotal().equals(amountRequested)) {
            missing.add("draft.missing.budgetTotal");
        }
        if (!earmarks.isEmpty()) {
            earmarks.forEach((line, minimum) -> {
                Money budgeted = budgetLines.get(line);
                if (budgeted == null || minimum.isGreaterThan(budgeted)) {
                    missing.add("draft.missing.earmark");
                }
            });
        }
        if (!budgetLines.isEmpty() && amountRequested != null && !linesTotal().equals(amountRequested)) {
            missing.add("draft.missing.linesTotal");
        }
        if (contactName == null || contactEmail == null) {
            missing.add("draft.missing.contact");
        }
        if (byCvr && (applicantKind == null || applicantName == null)) {
            missing.add("draft.missing.applicant");
        }
        if (!form.problemsWith(answers).isEmpty()
                || !attachments.stream()
                        .map(DraftAttachment::documentId)
                        .toList()
                        .containsAll(form.filesAnswered(answers))) {
            missing.add("draft.missing.answers");
        }
        return missing.stream().distinct().toList();
    }

    /** The names of the fields that differ from {@code before}, for the record of who changed what. */
    List<String> changedFrom(DraftContent before) {
        List<String> changed = new ArrayList<>();
        note(changed, "title", projectTitle, before.projectTitle);
        note(changed, "category", activityCategory, before.activityCategory);
        note(changed, "amount", amountRequested, before.amountRequested);
        note(changed, "budget", budget, before.budget);
        note(changed, "budgetLines", budgetLines, before.budgetLines);
        note(
                changed,
                "contact",
                List.of(s(contactName), s(contactEmail), s(contactPhone)),
                List.of(s(before.contactName), s(before.contactEmail), s(before.contactPhone)));
        note(
                changed,
                "applicant",
                List.of(s(applicantKind), s(applicantName)),
                List.of(s(before.applicantKind), s(before.applicantName)));
        note(changed, "answers", answers, before.answers);
        note(changed, "attachments", attachments, before.attachments);
        return changed;
    }

    private static String s(String value) {
        return value == null ? "" : value;
    }

    private static void note(List<String> changed, String field, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(field);
        }
    }
}
