package dk.pulje.command.security;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every command endpoint and the demo users whose role may call it. */
final class CommandEndpoints {

    /** Users of the demo profile, one per role (the applicant acts for Aarhus Kommune). */
    static final List<String> USERS =
            List.of("manager", "assessor", "approver", "finance", "aarhus", "auditor", "viewer");

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("POST /programmes", Set.of("manager")),
            entry("POST /programmes/{programmeId}/pools", Set.of("manager")),
            entry("POST /programmes/{programmeId}/initiatives", Set.of("manager")),
            entry("POST /pools/{poolId}/announcement", Set.of("manager")),
            entry("POST /pools/{poolId}/publication", Set.of("manager")),
            entry("POST /pools/{poolId}/amendments", Set.of("manager")),
            entry("POST /pools/{poolId}/closure", Set.of("manager")),
            entry("POST /pools/{poolId}/amendments/{amendment}/approval", Set.of("manager")),
            entry("POST /pools/{poolId}/amendments/{amendment}/refusal", Set.of("manager")),
            entry("POST /pools/{poolId}/allocations", Set.of("manager", "approver")),
            entry("POST /pools/{poolId}/allocations/{allocation}/approval", Set.of("approver")),
            entry("POST /pools/{poolId}/allocations/{allocation}/rejection", Set.of("approver", "manager")),
            entry("POST /personal-data/erasures", Set.of("manager")),
            entry("POST /meetings", Set.of("manager")),
            entry("POST /subscriptions", Set.of("aarhus")),
            entry("POST /subscriptions/cancellation", Set.of("aarhus")),
            entry("POST /meetings/{meetingId}/registrations", Set.of("aarhus")),
            entry(
                    "POST /meetings/{meetingId}/registrations/{registrationId}/cancellation",
                    Set.of("aarhus", "manager")),
            entry("POST /meetings/{meetingId}/changes", Set.of("manager")),
            entry("POST /meetings/{meetingId}/material", Set.of("manager")),
            entry("POST /meetings/{meetingId}/cancellation", Set.of("manager")),
            entry("POST /pools/{poolId}/applications", Set.of("aarhus")),
            entry("POST /documents", Set.of("aarhus", "manager")),
            entry("POST /pools/{poolId}/applications/{applicationId}/amendments", Set.of("aarhus")),
            entry("POST /pools/{poolId}/applications/{applicationId}/withdrawal", Set.of("aarhus")),
            entry("POST /pools/{poolId}/applications/{applicationId}/partnership/confirmation", Set.of("aarhus")),
            entry("POST /pools/{poolId}/applications/{applicationId}/partnership/decline", Set.of("aarhus")),
            entry("POST /pools/{poolId}/applications/{applicationId}/partnership/removal", Set.of("aarhus")),
            entry("POST /pools/{poolId}/applications/{applicationId}/screening", Set.of("assessor")),
            entry("POST /pools/{poolId}/applications/{applicationId}/scores", Set.of("assessor")),
            entry("POST /pools/{poolId}/applications/{applicationId}/assessors", Set.of("manager")),
            entry("POST /pools/{poolId}/applications/{applicationId}/assessments", Set.of("assessor")),
            entry("POST /pools/{poolId}/applications/{applicationId}/consensus", Set.of("manager", "assessor")),
            entry("POST /pools/{poolId}/applications/{applicationId}/award", Set.of("approver")),
            entry("POST /pools/{poolId}/applications/{applicationId}/rejection", Set.of("approver")),
            entry(
                    "POST /pools/{poolId}/applications/{applicationId}/conflict-of-interest",
                    Set.of("assessor", "approver")),
            entry("POST /pools/{poolId}/applications/{applicationId}/reconsiderations", Set.of("aarhus")),
            entry(
                    "POST /pools/{poolId}/applications/{applicationId}/reconsiderations/{reconsiderationId}/upheld",
                    Set.of("approver")),
            entry(
                    "POST /pools/{poolId}/applications/{applicationId}/reconsiderations/{reconsiderationId}/changed",
                    Set.of("approver")),
            entry(
                    "POST /pools/{poolId}/applications/{applicationId}/reconsiderations/{reconsiderationId}/forwarded",
                    Set.of("approver", "manager")),
            entry("POST /grants/{grantId}/acceptance", Set.of("aarhus")),
            entry("POST /grants/{grantId}/start", Set.of("aarhus")),
            entry("POST /grants/{grantId}/reports/{reportId}/submission", Set.of("aarhus")),
            entry("POST /grants/{grantId}/budget-changes", Set.of("aarhus")),
            entry("POST /grants/{grantId}/reports/{reportId}/approval", Set.of("manager")),
            entry("POST /grants/{grantId}/reports/{reportId}/return", Set.of("manager")),
            entry("POST /grants/{grantId}/budget-changes/{changeId}/approval", Set.of("manager")),
            entry("POST /grants/{grantId}/budget-changes/{changeId}/refusal", Set.of("manager")),
            entry("POST /grants/{grantId}/closure", Set.of("manager")),
            entry("POST /grants/{grantId}/disbursements", Set.of("finance")),
            entry("POST /grants/{grantId}/repayment-claims", Set.of("finance")),
            entry("POST /grants/{grantId}/repayment-claims/{claimId}/payments", Set.of("finance")));

    private CommandEndpoints() {}
}
