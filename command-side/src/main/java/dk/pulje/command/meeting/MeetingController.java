package dk.pulje.command.meeting;

import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.command.web.Accepted;
import dk.pulje.command.web.CommandSender;
import dk.pulje.command.web.Creates;
import dk.pulje.command.web.ReasonRequest;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.meeting.AddMeetingMaterial;
import dk.pulje.shared.meeting.CancelMeeting;
import dk.pulje.shared.meeting.CancelRegistration;
import dk.pulje.shared.meeting.ChangeMeeting;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.PlanMeeting;
import dk.pulje.shared.meeting.RegisterForMeeting;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.security.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Information meetings",
        description = "Planning meetings about pools (pool manager) and registering " + "for them (applicants)")
class MeetingController {

    private final CommandSender commands;

    MeetingController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"pools": ["learning-environment-2019", "parent-support-2019", "family-treatment-2019"],
             "date": "2019-09-10", "starts": "10:00", "ends": "14:30",
             "place": "Mødecenter Odense, Buchwaldsgade 48, Odense", "free": true, "capacity": 120}""")
    record PlanRequest(
            @Schema(nullable = true, description = "optional; a new id is made when left out")
            MeetingId id,

            List<PoolId> pools,
            LocalDate date,
            LocalTime starts,
            LocalTime ends,
            String place,
            Boolean free,
            Integer capacity,
            String reason) {

        PlanMeeting command(MeetingId id, Actor actor) {
            if (free == null || capacity == null) {
                throw new InvalidValue("meeting.incomplete", "A meeting says whether it is free and how many it seats");
            }
            return new PlanMeeting(
                    id, pools, new MeetingTime(date, starts, ends, place), free, capacity, actor, reason);
        }
    }

    record TimeRequest(LocalDate date, LocalTime starts, LocalTime ends, String place, String reason) {}

    @Schema(example = """
            {"attendee": {"name": "Kim Jensen", "email": "kim.jensen@odense.dk", "phone": "+45 66 13 13 72"}}""")
    record RegistrationRequest(ContactPerson attendee) {}

    record MaterialRequest(
            String title,
            URI link,

            @Schema(
                    nullable = true,
                    description = "optional; the title in other languages, by "
                            + "language code, e.g. {\"en\": \"Slides from the meeting\"}")
            Map<String, String> translations) {}

    @Operation(summary = "Plan an information meeting about one or several pools (pool manager)")
    @Creates
    @Allowed(POOL_MANAGER)
    @PostMapping("/meetings")
    ResponseEntity<Accepted> plan(@RequestBody PlanRequest request, Actor actor) {
        MeetingId id = request.id() == null ? MeetingId.random() : request.id();
        return commands.create(request.command(id, actor), id.toString(), actor, "/public/meetings/" + id);
    }

    @Operation(
            summary = "Register an attendee of your organisation; beyond the capacity on the waiting list. "
                    + "The Location names the registration")
    @Creates
    @Allowed(APPLICANT)
    @PostMapping("/meetings/{meetingId}/registrations")
    ResponseEntity<Accepted> register(
            @PathVariable MeetingId meetingId, @RequestBody RegistrationRequest request, Actor actor) {
        String registration = UUID.randomUUID().toString();
        return commands.create(
                new RegisterForMeeting(meetingId, registration, request.attendee(), actor),
                meetingId.toString(),
                actor,
                "/meetings/" + meetingId + "/registrations/" + registration);
    }

    @Operation(
            summary = "Cancel a registration (your organisation's, or any as pool manager); the first waiting "
                    + "takes the seat")
    @Allowed({APPLICANT, POOL_MANAGER})
    @PostMapping("/meetings/{meetingId}/registrations/{registrationId}/cancellation")
    ResponseEntity<Accepted> cancelRegistration(
            @PathVariable MeetingId meetingId,
            @PathVariable String registrationId,
            @RequestBody(required = false) ReasonRequest request,
            Actor actor) {
        return commands.change(
                new CancelRegistration(meetingId, registrationId, actor, request == null ? null : request.reason()),
                meetingId.toString(),
                actor,
                "/meetings/" + meetingId + "/registrations");
    }

    @Operation(summary = "Move a meeting in time or place, with a reason; those registered are told")
    @Allowed(POOL_MANAGER)
    @PostMapping("/meetings/{meetingId}/changes")
    ResponseEntity<Accepted> change(@PathVariable MeetingId meetingId, @RequestBody TimeRequest request, Actor actor) {
        return commands.change(
                new ChangeMeeting(
                        meetingId,
                        new MeetingTime(request.date(), request.starts(), request.ends(), request.place()),
                        actor,
                        request.reason()),
                meetingId.toString(),
                actor,
                "/public/meetings/" + meetingId);
    }

    @Operation(summary = "Add material from the meeting: slides, a recording (https link)")
    @Allowed(POOL_MANAGER)
    @PostMapping("/meetings/{meetingId}/material")
    ResponseEntity<Accepted> addMaterial(
            @PathVariable MeetingId meetingId, @RequestBody MaterialRequest request, Actor actor) {
        return commands.change(
                new AddMeetingMaterial(meetingId, request.title(), request.link(), actor, request.translations()),
                meetingId.toString(),
                actor,
                "/public/meetings/" + meetingId);
    }

    @Operation(summary = "Cancel a meeting, with a reason; those registered are told")
    @Allowed(POOL_MANAGER)
    @PostMapping("/meetings/{meetingId}/cancellation")
    ResponseEntity<Accepted> cancel(
            @PathVariable MeetingId meetingId, @RequestBody ReasonRequest request, Actor actor) {
        return commands.change(
                new CancelMeeting(meetingId, actor, request.reason()),
                meetingId.toString(),
                actor,
                "/public/meetings/" + meetingId);
    }
}
