package io.salesplan.web.signin;

import java.util.List;

/** Requests and responses of the local sign-in. */
public final class LocalSignInDtos {

    private LocalSignInDtos() {
    }

    /** Who to sign in as: {@code admin} without an e-mail, {@code manager} or {@code rep} with a rep's e-mail. */
    public record SignInRequest(String role, String email) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    /** One person on the "sign in as" page; {@code team} is the team they manage or belong to. */
    public record Person(String role, String name, String email, String team) {
    }

    public record PeopleResponse(List<Person> items) {
    }
}
