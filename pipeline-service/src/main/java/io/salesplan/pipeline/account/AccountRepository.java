package io.salesplan.pipeline.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Optional<Account> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A page ordered by name (case-insensitively), then id.
     *
     * @param filter the list's filters; q is contained in the name, industry and region are equal, all in any case
     * @param after the lower-cased name and id of the last row of the previous page, null for the first page
     */
    public List<Account> page(AccountFilter filter, Keyset.Position<String> after, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null) {
            where.add("lower(a.name) like :q escape '\\'");
            params.and("q", "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.industry() != null) {
            where.add("lower(a.industry) = :industry");
            params.and("industry", filter.industry().toLowerCase(Locale.ROOT));
        }
        if (filter.region() != null) {
            where.add("lower(a.region) = :region");
            params.and("region", filter.region().toLowerCase(Locale.ROOT));
        }
        if (filter.size() != null) {
            where.add("a.size = :size");
            params.and("size", filter.size());
        }
        if (after != null) {
            where.add(after.condition("lower(a.name)", "a.id", Keyset.Direction.ASCENDING));
            after.parameters().forEach(params::and);
        }
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + " order by lower(a.name), a.id";
        return find("from Account a " + query, params).range(0, size - 1).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
