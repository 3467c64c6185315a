package io.salesplan.pipeline.account;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
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
import java.util.Optional;
import java.util.Set;
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
        account.industry = blankToNull(request.industry());
        account.region = blankToNull(request.region());
        account.size = request.size();
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

    /**
     * Changes the given fields; {@code cleared} names those sent as null, which clears a profile field.
     * A patch that changes nothing keeps the version and publishes nothing.
     */
    @Transactional
    public AccountResponse patch(UUID id, String ifMatch, AccountPatchRequest patch, Set<String> cleared) {
        access.grant(Operation.CHANGE_ACCOUNTS);
        Account account = accounts.findForUpdate(id).orElseThrow(() -> ApiException.notFound("Account", id));
        Versions.checkIfMatch(ifMatch, account.version);
        Profile before = Profile.of(account);
        String name = patch.name() == null ? account.name : patch.name().strip();
        if (patch.industry() != null || cleared.contains("industry")) {
            account.industry = blankToNull(patch.industry());
        }
        if (patch.region() != null || cleared.contains("region")) {
            account.region = blankToNull(patch.region());
        }
        if (patch.size() != null || cleared.contains("size")) {
            account.size = patch.size();
        }
        if (name.equals(account.name) && before.equals(Profile.of(account))) {
            return AccountResponse.from(account);
        }
        account.name = name;
        account.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        accounts.flush();
        outbox.publish(AccountEventV1.UPDATED, account.id.toString(), AccountEventV1.from(account));
        return AccountResponse.from(account);
    }

    @Transactional
    public Page<AccountResponse> list(AccountFilter requested, int limit, String cursor) {
        access.grant(Operation.READ_ACCOUNTS);
        AccountFilter filter = new AccountFilter(text("q", requested.q()), text("industry", requested.industry()),
                text("region", requested.region()), requested.size());
        String queryKey = filter.queryKey();
        Keyset.Position<String> after = Keyset.after(cursors, queryKey, cursor, name -> name);
        List<Account> rows = accounts.page(filter, after, limit + 1);
        return Keyset.page(cursors, queryKey, rows, limit,
                a -> new Keyset.Position<>(a.name.toLowerCase(Locale.ROOT), a.id)).map(AccountResponse::from);
    }

    /** The profile of an account, for an opportunity that refers to it; empty when the account does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Profile> profile(UUID id) {
        return accounts.findByIdOptional(id).map(Profile::of);
    }

    /** A text filter: stripped, null when blank; NUL characters cannot be stored, so they cannot match (400). */
    private static String text(String field, String value) {
        String text = blankToNull(value);
        if (text != null && text.indexOf('\0') >= 0) {
            throw ApiException.invalid(field, "must not contain NUL characters");
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
