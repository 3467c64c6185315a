package io.salesplan.web.signin;

import java.util.List;

/** The people on the "sign in as" page. */
public record PeopleResponse(List<Person> items) {

    /** One person on the "sign in as" page; {@code team} is the team they manage or belong to. */
    public record Person(String role, String name, String email, String team) {
    }
}
