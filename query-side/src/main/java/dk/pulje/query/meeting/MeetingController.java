package dk.pulje.query.meeting;

import static dk.pulje.query.infra.ProcessingGroups.MEETINGS;
import static dk.pulje.shared.common.Role.AUDITOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;

import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.ReadsFrom;
import dk.pulje.spring.security.Allowed;
import dk.pulje.spring.security.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Information meetings",
        description = "Meetings about pools: public; their registrations: pool " + "managers and auditors")
class MeetingController {

    private final MeetingReadModel meetings;

    MeetingController(MeetingReadModel meetings) {
        this.meetings = meetings;
    }

    @Operation(
            summary = "Every information meeting, soonest first: time, place, pools, seats taken, material "
                    + "titled in the language Accept-Language asks for where it has a translation into it, else as published "
                    + "(no sign-in)")
    @ReadsFrom(MEETINGS)
    @Public
    @GetMapping("/public/meetings")
    List<MeetingReadModel.PublicMeeting> meetings(Locale locale) {
        return meetings.meetings().stream()
                .map(meeting -> meeting.in(locale.getLanguage()))
                .toList();
    }

    @Operation(
            summary = "One information meeting, its material titled in the reader's language where it can be "
                    + "(no sign-in)")
    @ReadsFrom(MEETINGS)
    @Public
    @GetMapping("/public/meetings/{meetingId}")
    MeetingReadModel.PublicMeeting meeting(@PathVariable String meetingId, Locale locale) {
        return meetings.meeting(meetingId).stream()
                .findFirst()
                .map(meeting -> meeting.in(locale.getLanguage()))
                .orElseThrow(() -> new NotFound("No meeting has the id " + meetingId));
    }

    @Operation(
            summary = "A meeting's registrations with their attendees, waiting list last (pool manager, auditor; "
                    + "personal data: every read is logged)")
    @ReadsFrom(MEETINGS)
    @Allowed({POOL_MANAGER, AUDITOR})
    @GetMapping("/meetings/{meetingId}/registrations")
    List<MeetingReadModel.Registration> registrations(@PathVariable String meetingId) {
        meeting(meetingId, Locale.ROOT);
        return meetings.registrations(meetingId);
    }
}
