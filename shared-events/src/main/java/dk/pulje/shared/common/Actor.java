package dk.pulje.shared.common;

/**
 * Who asks for a change: the authenticated user, the role they act in and, for applicants, the organisation
 * they act for (an applicant key such as {@code municipality:751}).
 */
public record Actor(String userId, Role role, String organisation) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new InvalidValue("actor.missing", "Every change names the user who asked for it");
        }
        if (role == null) {
            throw new InvalidValue("actor.role", "Every change names the role it is made in");
        }
        if (role == Role.APPLICANT && (organisation == null || organisation.isBlank())) {
            throw new InvalidValue("actor.organisation", "An applicant acts for an organisation");
        }
    }

    public Actor(String userId, Role role) {
        this(userId, role, null);
    }

    public static Actor system() {
        return new Actor("pulje", Role.SYSTEM);
    }

    public boolean actsFor(String applicantKey) {
        return role != Role.APPLICANT || applicantKey.equals(organisation);
    }
}
