package io.salesplan.platform.page;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Actors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset cursors. A cursor carries the sort key of the last row returned, is bound to the
 * query it came from (its filters) and to the caller who asked (their scope shapes the rows), and is
 * signed, so a tampered cursor, one reused with other filters or one replayed by another user is a
 * 400 rather than a silently wrong page.
 */
@Singleton
public class CursorCodec {

    private static final char SEPARATOR = '\u001f';
    private final byte[] secret;
    private final Supplier<String> caller;

    @Inject
    public CursorCodec(PlatformConfig config, Actors actors) {
        this(config.cursorSecret(), actors::current);
    }

    public CursorCodec(String secret, Supplier<String> caller) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.caller = caller;
    }

    /**
     * @param query a stable description of the query's filters (for example {@code "opps|owner=…|stage=…"})
     * @param key the sort key values of the last item on the page
     */
    public String encode(String query, List<String> key) {
        String body = String.join(String.valueOf(SEPARATOR), key);
        byte[] signature = sign(bound(query) + SEPARATOR + body);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(signature, 16));
    }

    /** The sort key a cursor carries; a 400 when it was altered or belongs to another query. */
    public List<String> decode(String query, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        try {
            String body = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            byte[] expected = Arrays.copyOf(sign(bound(query) + SEPARATOR + body), 16);
            if (!MessageDigest.isEqual(given, expected)) {
                throw invalid();
            }
            return List.of(body.split(String.valueOf(SEPARATOR), -1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private String bound(String query) {
        return query + SEPARATOR + caller.get();
    }

    private byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor",
                "is not a cursor of this query; use the nextCursor of the previous page with the same filters");
    }
}
