package io.salesplan.web.signin;

/** The token a local sign-in issues. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
}
