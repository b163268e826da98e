package dk.pulje.shared.common;

/** Who asks for a change: the authenticated user and the role they act in. */
public record Actor(String userId, Role role) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new InvalidValue("actor.missing", "Every change names the user who asked for it");
        }
        if (role == null) {
            throw new InvalidValue("actor.role", "Every change names the role it is made in");
        }
    }

    public static Actor system() {
        return new Actor("pulje", Role.SYSTEM);
    }
}
