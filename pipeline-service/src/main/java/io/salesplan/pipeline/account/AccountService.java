package io.salesplan.pipeline.account;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Access access;

    public AccountService(AccountRepository accounts, Outbox outbox, CursorCodec cursors, Access access) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.cursors = cursors;
        this.access = access;
    }

    @Transactional
    public AccountResponse create(AccountRequest request) {
        access.grant(Operation.CHANGE_ACCOUNTS);
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.name = request.name().strip();
        account.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        account.updatedAt = account.createdAt;
        accounts.persist(account);
        accounts.flush();
        outbox.publish(AccountEventV1.CREATED, account.id.toString(), AccountEventV1.from(account));
        return AccountResponse.from(account);
    }

    @Transactional
    public AccountResponse get(UUID id) {
        access.grant(Operation.READ_ACCOUNTS);
        return AccountResponse.from(accounts.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Account", id)));
    }

    /** Changes the given fields; a patch that changes nothing keeps the version and publishes nothing. */
    @Transactional
    public AccountResponse patch(UUID id, String ifMatch, AccountPatch patch) {
        access.grant(Operation.CHANGE_ACCOUNTS);
        Account account = accounts.findForUpdate(id).orElseThrow(() -> ApiException.notFound("Account", id));
        Versions.checkIfMatch(ifMatch, account.version);
        if (patch.name() == null || patch.name().strip().equals(account.name)) {
            return AccountResponse.from(account);
        }
        account.name = patch.name().strip();
        account.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        accounts.flush();
        outbox.publish(AccountEventV1.UPDATED, account.id.toString(), AccountEventV1.from(account));
        return AccountResponse.from(account);
    }

    @Transactional
    public Page<AccountResponse> list(String q, int limit, String cursor) {
        access.grant(Operation.READ_ACCOUNTS);
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.indexOf('\0') >= 0) {
            throw ApiException.invalid("q", "must not contain NUL characters");
        }
        String queryKey = "accounts|q=" + (search == null ? "" : search.toLowerCase(Locale.ROOT));
        String afterName = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> key = cursors.decode(queryKey, cursor);
            afterName = key.get(0);
            afterId = UUID.fromString(key.get(1));
        }
        List<Account> rows = accounts.page(search, afterName, afterId, limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Account last = rows.get(limit - 1);
            next = cursors.encode(queryKey, List.of(last.name.toLowerCase(Locale.ROOT), last.id.toString()));
        }
        return new Page<>(rows.stream().map(AccountResponse::from).toList(), next);
    }

    /** Whether the account exists, for references from opportunities. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(UUID id) {
        return accounts.count("id", id) > 0;
    }
}
