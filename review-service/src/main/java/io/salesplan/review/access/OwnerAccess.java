package io.salesplan.review.access;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.security.Reach;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;

/**
 * Whether a report's owner or a retrospective's scope lies within a caller's grant. The company is
 * covered only by a grant over everything: its totals hold every rep's numbers.
 */
public final class OwnerAccess {

    /** How a report's owner is checked, for the OpenAPI descriptions of the reports that name one. */
    public static final String REPORT_OWNERS = " Who may ask for which owner: an admin any; a manager a team they "
            + "manage or any team below it, a rep of those teams, or themselves; a rep only themselves (REP and "
            + "their own rep id). Company-wide reports are for admins only, and COMPANY is the default when "
            + "ownerType and ownerId are left out: a manager or rep must name an owner, and leaving it out is a 403 "
            + "whose detail says which owners they may name. An owner outside the caller's reach is a 403 naming "
            + "the parameter; integration clients may not read reports (403).";

    private OwnerAccess() {
    }

    /**
     * A 403 naming the field when the owner is outside the grant; for the company, the detail says
     * which owners the caller may name instead.
     *
     * @param typeField the parameter that names the owner's type ({@code ownerType}, {@code scopeType})
     * @param idField the parameter that names the owner ({@code ownerId}, {@code scopeId})
     */
    public static void require(Grant grant, OwnerScope owner, String typeField, String idField) {
        if (owner.type() != OwnerType.COMPANY) {
            grant.requireOwner(idField, owner.type().name(), owner.id());
        } else if (!grant.all()) {
            String yourself = "yourself (" + typeField + "=REP, " + idField + "=" + grant.scope().repId() + ")";
            throw ApiException.forbidden(typeField + ": company-wide numbers are for admins; name "
                    + (grant.reach() == Reach.SCOPE ? "one of the teams you manage (" + typeField + "=TEAM and its "
                            + idField + "; goals-service's GET /api/v1/me lists them) or " + yourself : yourself));
        }
    }
}
