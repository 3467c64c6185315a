package io.salesplan.review.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RepRepository implements PanacheRepositoryBase<Rep, UUID> {
}
