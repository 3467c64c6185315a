package io.salesplan.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 tokens as the organisation's identity provider would, for the local run, the demo
 * loader and the tests. The key pair lives in a directory ({@code .run/keys} locally,
 * {@code target/test-keys} in tests): {@code private.pem} stays there, the services are given
 * {@code public.pem}.
 *
 * <pre>
 * deploy/local/token --role manager --email li.wei@example.com
 * </pre>
 */
public final class Tokens {

    public static final String ISSUER = "https://salesplan.local/issuer";
    public static final String AUDIENCE = "salesplan";
    public static final String KEY_ID = "salesplan-local-1";

    private final Path directory;
    private final PrivateKey privateKey;

    private Tokens(Path directory, PrivateKey privateKey) {
        this.directory = directory;
        this.privateKey = privateKey;
    }

    /** The key pair in {@code directory}, made on first use. */
    public static synchronized Tokens in(Path directory) {
        try {
            Path privatePem = directory.resolve("private.pem");
            if (!Files.exists(privatePem)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path publicPem = directory.resolve("public.pem");
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Path temp = Files.createTempFile(directory, "private", ".tmp");
                restrict(temp);
                Files.writeString(temp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.move(temp, privatePem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new Tokens(directory, readPrivateKey(privatePem));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or make the signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not read or make the signing key in " + directory, e);
        }
    }

    /**
     * The existing private key in {@code privatePem}, never a new one: for the web module's local sign-in,
     * which must sign with the key the services already trust.
     */
    public static Tokens fromPrivateKey(Path privatePem) {
        try {
            return new Tokens(privatePem.toAbsolutePath().getParent(), readPrivateKey(privatePem));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the signing key " + privatePem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not read the signing key " + privatePem, e);
        }
    }

    private static PrivateKey readPrivateKey(Path privatePem) throws IOException, GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** The public key file the services verify with. */
    public Path publicKey() {
        return directory.resolve("public.pem");
    }

    /** A token for a person or client: subject, e-mail (may be null) and roles, valid for {@code ttl}. */
    public String mint(String subject, String email, List<String> roles, Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(ttl.toSeconds() / 60f);
        if (email != null) {
            claims.setClaim("email", email);
        }
        claims.setStringListClaim("groups", roles);
        return sign(claims);
    }

    /** A token for one role, as the local token command makes it; the subject is the e-mail or the role. */
    public String forRole(String role, String email) {
        String subject = email != null ? email : "local-" + role;
        return mint(subject, email, List.of(role), Duration.ofHours(12));
    }

    /** Signs any claims with this key, for tests that need a token the provider would never issue. */
    public String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    /**
     * {@code deploy/local/token}: prints one signed token. For a manager or rep the e-mail must be an
     * active rep's, which goals-service is asked (so the suite must be running). {@code --make-keys}
     * only makes the key pair (the local run does this on first start).
     */
    public static void main(String[] args) throws Exception {
        Path keys = Path.of(".run/keys");
        String role = null;
        String email = null;
        String goals = "http://127.0.0.1:8081";
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (option.equals("--make-keys")) {
                System.out.println(in(keys).publicKey());
                return;
            }
            if (rest.isEmpty()) {
                usage("missing value for " + option);
            }
            switch (option) {
                case "--keys" -> keys = Path.of(rest.remove(0));
                case "--role" -> role = rest.remove(0).toLowerCase(Locale.ROOT);
                case "--email" -> email = rest.remove(0);
                case "--goals-url" -> goals = rest.remove(0);
                default -> usage("unknown option " + option);
            }
        }
        if (role == null || !List.of("admin", "manager", "rep", "integration").contains(role)) {
            usage("--role must be admin, manager, rep or integration");
        }
        if (!Files.exists(keys.resolve("private.pem"))) {
            usage("no signing key in " + keys + ": start the suite once with deploy/local/run");
        }
        Tokens tokens = in(keys);
        if (role.equals("manager") || role.equals("rep")) {
            if (email == null) {
                usage("a " + role + " token needs --email of an active rep");
            }
            requireActiveRep(goals, tokens.forRole("admin", null), email);
        }
        System.out.println(tokens.forRole(role, email));
    }

    private static void requireActiveRep(String goals, String adminToken, String email) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(goals + "/api/v1/reps?active=true&email="
                        + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode items = new ObjectMapper().readTree(response.body()).path("items");
            if (response.statusCode() != 200) {
                usage("goals-service answered " + response.statusCode() + " when asked for the rep " + email);
            }
            if (items.isEmpty()) {
                usage("no active rep has the e-mail " + email + " (GET /api/v1/reps?email=… lists them; the demo prints its managers)");
            }
        } catch (IOException e) {
            usage("goals-service at " + goals + " cannot be reached to check " + email + "; start the suite with deploy/local/run");
        }
    }

    private static void usage(String problem) {
        System.err.println("token: " + problem);
        System.err.println("usage: deploy/local/token --role admin|manager|rep|integration [--email EMAIL]");
        System.exit(2);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions: the directory's own protection applies
        }
    }
}
