package io.salesplan.web.signin;

/** Who to sign in as: {@code admin} without an e-mail, {@code manager} or {@code rep} with a rep's e-mail. */
public record SignInRequest(String role, String email) {
}
