package dk.pulje.command.subscription;

import static dk.pulje.shared.common.Role.APPLICANT;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.ReasonRequest;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.subscription.Subscribe;
import dk.pulje.shared.subscription.Unsubscribe;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Subscriptions",
        description = "Your organisation's e-mail about new pools, deadlines and meetings " + "(applicants)")
class SubscriptionController {

    private final CommandSender commands;

    SubscriptionController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"recipient": {"name": "Kim Jensen", "email": "kim.jensen@odense.dk"},
             "applicantKinds": ["MUNICIPALITY"], "topics": ["anbragte", "PPR"], "language": "da"}""")
    record SubscriptionRequest(
            ContactPerson recipient,
            Set<ApplicantKind> applicantKinds,
            List<String> topics,

            @Schema(
                    description = "The language of the e-mails: da (the default) or en",
                    allowableValues = {"da", "en"},
                    nullable = true)
            String language) {}

    @Operation(
            summary = "Subscribe your organisation (or change its subscription): e-mail when a pool open to these "
                    + "kinds of applicant and mentioning a topic is published, and a week before its deadline")
    @Allowed(APPLICANT)
    @PostMapping("/subscriptions")
    ResponseEntity<Accepted> subscribe(@RequestBody SubscriptionRequest request, Actor actor) {
        Subscribe command = new Subscribe(
                null, request.recipient(), request.applicantKinds(), request.topics(), request.language(), actor);
        return commands.change(command, command.subscriptionId(), actor, "/subscriptions");
    }

    @Operation(summary = "End your organisation's subscription")
    @Allowed(APPLICANT)
    @PostMapping("/subscriptions/cancellation")
    ResponseEntity<Accepted> unsubscribe(@RequestBody(required = false) ReasonRequest request, Actor actor) {
        Unsubscribe command = new Unsubscribe(null, actor, request == null ? null : request.reason());
        return commands.change(command, command.subscriptionId(), actor, "/subscriptions");
    }
}
