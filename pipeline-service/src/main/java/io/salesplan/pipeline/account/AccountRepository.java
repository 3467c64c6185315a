package io.salesplan.pipeline.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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
     * @param q text the name must contain, any case; null for all
     * @param afterName lower-cased name of the last row of the previous page, null for the first page
     */
    public List<Account> page(String q, String afterName, UUID afterId, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null) {
            where.add("lower(name) like :q escape '\\'");
            params.and("q", "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
        }
        if (afterName != null) {
            where.add("(lower(name) > :name or (lower(name) = :name and id > :id))");
            params.and("name", afterName).and("id", afterId);
        }
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where)) + " order by lower(name), id";
        return find("from Account " + query, params).range(0, size - 1).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
