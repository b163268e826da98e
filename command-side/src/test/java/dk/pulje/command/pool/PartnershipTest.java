package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

import dk.pulje.command.application.ActiveApplicationExists;
import dk.pulje.command.application.ApplicationNotInState;
import dk.pulje.command.application.NotAPartner;
import dk.pulje.command.application.NotTheApplicant;
import dk.pulje.command.application.PartnerHasConfirmed;
import dk.pulje.command.application.PartnersNotConfirmed;
import dk.pulje.command.application.PartnershipAlreadyDecided;
import dk.pulje.command.application.UnknownApplication;
import dk.pulje.command.application.UnknownPartner;
import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ConfirmPartnership;
import dk.pulje.shared.application.DeclinePartnership;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.PartnerRemoved;
import dk.pulje.shared.application.PartnershipConfirmed;
import dk.pulje.shared.application.PartnershipDeclined;
import dk.pulje.shared.application.RemovePartner;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A joint application names its partners; each partner confirms or declines its part, signed in for itself. Only
 * a confirmed partner is active in the round, and an application awaiting a confirmation is not awarded. The lead
 * may remove a partner that has not confirmed, with a reason, so a silent partner does not hold the award up forever.
 */
class PartnershipTest {

    private static final Applicant AALBORG = Applicant.municipality("851");
    private static final Actor AALBORG_CLERK = new Actor("aalborg-clerk", Role.APPLICANT, "municipality:851");
    private static final ApplicationId JOINT = ApplicationId.of("aarhus-1");

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        Set<ApplicationId> claimed = new HashSet<>();
        fixture.registerInjectableResource(new InMemoryUploads());
        fixture.registerInjectableResource((ApplicationIds) (applicationId, poolId) -> {
            if (!claimed.add(applicationId)) {
                throw new AlreadyExists("taken");
            }
        });
        PoolAwards awards = new PoolAwards(fixture.getRepository());
        fixture.registerCommandHandler(
                AwardGrant.class, award -> awards.award((AwardGrant) award.getPayload(), clock.instant()));
        clock.setCopenhagen("2017-03-21T10:00:00");
    }

    private static ApplicationSubmitted jointly(Applicant... partners) {
        return new ApplicationSubmitted(
                POOL,
                JOINT,
                1,
                AARHUS,
                "Early help in PPR",
                Money.of("2000000"),
                TestPools.budget(2018, "2000000"),
                "new-methods",
                CONTACT,
                AARHUS_CLERK,
                Instant.parse("2017-03-20T10:00:00Z"),
                null,
                null,
                List.of(partners),
                null,
                null,
                null);
    }

    private static PartnershipConfirmed confirmed(Applicant partner, Actor clerk) {
        return new PartnershipConfirmed(
                POOL,
                JOINT,
                partner,
                new Decision(clerk.userId(), Role.APPLICANT, Instant.parse("2017-03-20T12:00:00Z"), null));
    }

    private static PartnershipDeclined declined(Applicant partner, Actor clerk) {
        return new PartnershipDeclined(
                POOL,
                JOINT,
                partner,
                new Decision(clerk.userId(), Role.APPLICANT, Instant.parse("2017-03-20T12:00:00Z"), "Not our project"));
    }

    private static PartnerRemoved removed(Applicant partner) {
        return new PartnerRemoved(
                POOL,
                JOINT,
                partner,
                new Decision(
                        AARHUS_CLERK.userId(),
                        Role.APPLICANT,
                        Instant.parse("2017-03-20T12:00:00Z"),
                        "No answer from the partner"));
    }

    private static RemovePartner remove(Applicant partner, Actor clerk) {
        return new RemovePartner(POOL, JOINT, partner.key(), clerk, "No answer in three weeks");
    }

    private Decision now(Actor actor, String reason) {
        return Decision.by(actor, clock.instant(), reason);
    }

    private AwardGrant award() {
        return new AwardGrant(POOL, JOINT, Money.of("2000000"), APPROVER, "Together");
    }

    @Test
    void a_named_partner_confirms_its_part_with_who_when_and_why() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                .when(new ConfirmPartnership(POOL, JOINT, ODENSE_CLERK, "Agreed in the city council"))
                .expectEvents(
                        new PartnershipConfirmed(POOL, JOINT, ODENSE, now(ODENSE_CLERK, "Agreed in the city council")));
    }

    @Test
    void a_named_partner_declines_its_part_with_a_reason() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                .when(new DeclinePartnership(POOL, JOINT, ODENSE_CLERK, "We apply on our own"))
                .expectEvents(new PartnershipDeclined(POOL, JOINT, ODENSE, now(ODENSE_CLERK, "We apply on our own")));
    }

    @Test
    void declining_needs_a_reason() {
        assertThatThrownBy(() -> new DeclinePartnership(POOL, JOINT, ODENSE_CLERK, " "))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void an_unconfirmed_partner_may_apply_on_its_own_in_the_same_round() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                .when(submit("odense-1", ODENSE, ODENSE_CLERK, "1000000"))
                .expectEventsMatching(
                        exactSequenceOf(messageWithPayload(instanceOf(ApplicationSubmitted.class)), andNoMore()));
    }

    @Test
    void a_confirmed_partner_cannot_apply_on_its_own_in_the_same_round() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), confirmed(ODENSE, ODENSE_CLERK))
                .when(submit("odense-1", ODENSE, ODENSE_CLERK, "1000000"))
                .expectException(ActiveApplicationExists.class)
                .expectNoEvents();
    }

    @Test
    void a_partner_active_with_another_application_cannot_confirm() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE),
                        submitted("odense-1", ODENSE, ODENSE_CLERK, "1000000"))
                .when(new ConfirmPartnership(POOL, JOINT, ODENSE_CLERK, null))
                .expectException(ActiveApplicationExists.class)
                .expectNoEvents();
    }

    @Test
    void a_declined_partner_is_free_to_apply_and_a_withdrawn_joint_application_frees_its_confirmed_partners() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE, AALBORG),
                        declined(ODENSE, ODENSE_CLERK),
                        confirmed(AALBORG, AALBORG_CLERK),
                        new ApplicationWithdrawn(
                                POOL,
                                JOINT,
                                new Decision(
                                        AARHUS_CLERK.userId(),
                                        Role.APPLICANT,
                                        Instant.parse("2017-03-20T13:00:00Z"),
                                        null)),
                        submitted("odense-1", ODENSE, ODENSE_CLERK, "1000000"))
                .when(submit("aalborg-1", AALBORG, AALBORG_CLERK, "1000000"))
                .expectEventsMatching(
                        exactSequenceOf(messageWithPayload(instanceOf(ApplicationSubmitted.class)), andNoMore()));
    }

    @Test
    void another_organisation_does_not_confirm() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                .when(new ConfirmPartnership(POOL, JOINT, AALBORG_CLERK, null))
                .expectException(NotAPartner.class)
                .expectNoEvents();
    }

    @Test
    void the_lead_is_not_its_own_partner() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                .when(new DeclinePartnership(POOL, JOINT, AARHUS_CLERK, "The lead is not a partner"))
                .expectException(NotAPartner.class)
                .expectNoEvents();
    }

    @Test
    void staff_do_not_confirm_for_a_partner() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                .when(new ConfirmPartnership(POOL, JOINT, MANAGER, "Staff do not confirm for a partner"))
                .expectException(NotAPartner.class)
                .expectNoEvents();
    }

    @Test
    void a_confirmed_partner_does_not_decline_afterwards() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), confirmed(ODENSE, ODENSE_CLERK))
                .when(new DeclinePartnership(POOL, JOINT, ODENSE_CLERK, "Changed our mind"))
                .expectException(PartnershipAlreadyDecided.class)
                .expectNoEvents();
    }

    @Test
    void a_declined_partner_does_not_confirm_afterwards() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), declined(ODENSE, ODENSE_CLERK))
                .when(new ConfirmPartnership(POOL, JOINT, ODENSE_CLERK, null))
                .expectException(PartnershipAlreadyDecided.class)
                .expectNoEvents();
    }

    @Test
    void no_partner_decides_on_an_application_that_is_no_longer_active() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE),
                        new ApplicationWithdrawn(
                                POOL,
                                JOINT,
                                new Decision(
                                        AARHUS_CLERK.userId(),
                                        Role.APPLICANT,
                                        Instant.parse("2017-03-20T13:00:00Z"),
                                        null)))
                .when(new ConfirmPartnership(POOL, JOINT, ODENSE_CLERK, null))
                .expectException(ApplicationNotInState.class)
                .expectNoEvents();
    }

    @Test
    void an_unknown_application_has_no_partners_to_decide() {
        fixture.given(drafted("24900000"), published())
                .when(new ConfirmPartnership(POOL, JOINT, ODENSE_CLERK, null))
                .expectException(UnknownApplication.class)
                .expectNoEvents();
    }

    @Test
    void an_application_awaiting_a_confirmation_is_not_awarded() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE, AALBORG),
                        confirmed(AALBORG, AALBORG_CLERK),
                        eligible("aarhus-1"))
                .when(award())
                .expectException(PartnersNotConfirmed.class)
                .expectNoEvents();
    }

    @Test
    void a_confirmed_joint_application_is_awarded_naming_every_party() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE),
                        confirmed(ODENSE, ODENSE_CLERK),
                        eligible("aarhus-1"))
                .when(award())
                .expectEvents(new GrantAwarded(
                        POOL,
                        JOINT,
                        AARHUS,
                        Money.of("2000000"),
                        List.of(),
                        1,
                        now(APPROVER, "Together"),
                        List.of(ODENSE)));
    }

    @Test
    void a_declined_partner_is_not_named_in_the_award() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE, AALBORG),
                        declined(ODENSE, ODENSE_CLERK),
                        confirmed(AALBORG, AALBORG_CLERK),
                        eligible("aarhus-1"))
                .when(award())
                .expectEvents(new GrantAwarded(
                        POOL,
                        JOINT,
                        AARHUS,
                        Money.of("2000000"),
                        List.of(),
                        1,
                        now(APPROVER, "Together"),
                        List.of(AALBORG)));
    }

    @Test
    void a_joint_application_whose_partners_all_declined_goes_on_as_the_leads_alone() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE),
                        declined(ODENSE, ODENSE_CLERK),
                        eligible("aarhus-1"))
                .when(award())
                .expectEvents(new GrantAwarded(
                        POOL, JOINT, AARHUS, Money.of("2000000"), List.of(), 1, now(APPROVER, "Together"), List.of()));
    }

    @Test
    void the_lead_removes_a_partner_that_has_not_confirmed_with_who_when_and_why() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE, AALBORG))
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectEvents(new PartnerRemoved(POOL, JOINT, ODENSE, now(AARHUS_CLERK, "No answer in three weeks")));
    }

    @Test
    void a_silent_partner_is_removed_after_the_rounds_deadline_too() {
        clock.setCopenhagen("2017-03-28T10:00:00");
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), eligible("aarhus-1"))
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectEvents(new PartnerRemoved(POOL, JOINT, ODENSE, now(AARHUS_CLERK, "No answer in three weeks")));
    }

    @Test
    void removing_a_partner_needs_the_partner_and_a_reason() {
        assertThatThrownBy(() -> new RemovePartner(POOL, JOINT, ODENSE.key(), AARHUS_CLERK, " "))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RemovePartner(POOL, JOINT, null, AARHUS_CLERK, "No answer"))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_removed_partner_no_longer_holds_up_the_award_and_is_not_named_in_it() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE, AALBORG),
                        confirmed(AALBORG, AALBORG_CLERK),
                        removed(ODENSE),
                        eligible("aarhus-1"))
                .when(award())
                .expectEvents(new GrantAwarded(
                        POOL,
                        JOINT,
                        AARHUS,
                        Money.of("2000000"),
                        List.of(),
                        1,
                        now(APPROVER, "Together"),
                        List.of(AALBORG)));
    }

    @Test
    void a_joint_application_whose_partners_were_all_removed_goes_on_as_the_leads_alone() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), removed(ODENSE), eligible("aarhus-1"))
                .when(award())
                .expectEvents(new GrantAwarded(
                        POOL, JOINT, AARHUS, Money.of("2000000"), List.of(), 1, now(APPROVER, "Together"), List.of()));
    }

    @Test
    void a_removed_partner_is_free_to_apply_on_its_own() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), removed(ODENSE))
                .when(submit("odense-1", ODENSE, ODENSE_CLERK, "1000000"))
                .expectEventsMatching(
                        exactSequenceOf(messageWithPayload(instanceOf(ApplicationSubmitted.class)), andNoMore()));
    }

    @Test
    void a_removed_partner_does_not_confirm_afterwards() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), removed(ODENSE))
                .when(new ConfirmPartnership(POOL, JOINT, ODENSE_CLERK, null))
                .expectException(PartnershipAlreadyDecided.class)
                .expectNoEvents();
    }

    @Test
    void a_confirmed_partner_is_not_removed_by_the_lead() {
        fixture.given(drafted("24900000"), published(), jointly(ODENSE), confirmed(ODENSE, ODENSE_CLERK))
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectException(PartnerHasConfirmed.class)
                .expectNoEvents();
    }

    @Test
    void a_partner_that_declined_or_was_removed_is_not_removed_again() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE, AALBORG),
                        declined(ODENSE, ODENSE_CLERK),
                        removed(AALBORG))
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectException(PartnershipAlreadyDecided.class)
                .expectNoEvents();
        fixture.given(drafted("24900000"), published(), jointly(ODENSE, AALBORG), removed(AALBORG))
                .when(remove(AALBORG, AARHUS_CLERK))
                .expectException(PartnershipAlreadyDecided.class)
                .expectNoEvents();
    }

    @Test
    void only_the_lead_removes_a_partner() {
        for (Actor other : List.of(AALBORG_CLERK, ODENSE_CLERK, MANAGER, APPROVER)) {
            fixture.given(drafted("24900000"), published(), jointly(ODENSE, AALBORG))
                    .when(remove(ODENSE, other))
                    .expectException(NotTheApplicant.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_partner_the_application_does_not_name_is_not_removed() {
        for (Applicant notNamed : List.of(AALBORG, AARHUS)) {
            fixture.given(drafted("24900000"), published(), jointly(ODENSE))
                    .when(remove(notNamed, AARHUS_CLERK))
                    .expectException(UnknownPartner.class)
                    .expectNoEvents();
        }
    }

    @Test
    void no_partner_is_removed_from_an_application_that_is_decided_or_withdrawn() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE),
                        new ApplicationWithdrawn(
                                POOL,
                                JOINT,
                                new Decision(
                                        AARHUS_CLERK.userId(),
                                        Role.APPLICANT,
                                        Instant.parse("2017-03-20T13:00:00Z"),
                                        null)))
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectException(ApplicationNotInState.class)
                .expectNoEvents();
        fixture.given(
                        drafted("24900000"),
                        published(),
                        jointly(ODENSE),
                        new ApplicationRejected(
                                POOL,
                                JOINT,
                                List.of(),
                                1,
                                new Decision(
                                        APPROVER.userId(),
                                        Role.APPROVER,
                                        Instant.parse("2017-03-28T13:00:00Z"),
                                        "Outside the aim")))
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectException(ApplicationNotInState.class)
                .expectNoEvents();
    }

    @Test
    void no_partner_is_removed_from_an_unknown_application() {
        fixture.given(drafted("24900000"), published())
                .when(remove(ODENSE, AARHUS_CLERK))
                .expectException(UnknownApplication.class)
                .expectNoEvents();
    }
}
