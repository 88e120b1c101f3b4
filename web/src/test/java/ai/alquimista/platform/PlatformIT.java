package ai.alquimista.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.platform.auth.SigningKeys;
import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.DemoCredentials;
import ai.alquimista.spine.EmbeddedInfrastructure;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as two tenants' users see it: sign-in, roles, the marketplace, users, the audit log
 * and the rate limit, and above all that one tenant never sees or touches another tenant's data.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class PlatformIT {

    /** The tenant rate limit per one-minute window, set for the tests in web/pom.xml. */
    private static final int TENANT_REQUESTS_PER_MINUTE =
            Integer.parseInt(System.getenv().getOrDefault("ALQUIMISTA_RATELIMIT_TENANT_REQUESTS", "60"));

    private final Tenants tenants = new Tenants();

    @ArquillianResource
    URL base;

    private Api api;
    private UUID padaria;
    private UUID oficina;
    private String suffix;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @BeforeEach
    void twoTenants() {
        api = new Api(base);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        padaria = tenants.tenant("Padaria Pão Quente Ltda " + suffix);
        oficina = tenants.tenant("Oficina Boa Vista ME " + suffix);
    }

    @Test
    void signingInAnswersABearerTokenWithTheTenantsClaims() {
        tenants.user(padaria, "ana." + suffix + "@padaria.com.br", "admin");

        var login = login("ana." + suffix + "@padaria.com.br", Tenants.PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().getString("token_type")).isEqualTo("Bearer");
        var me = api.as(login.json().getString("access_token")).get("api/me").json();
        assertThat(me.getString("tenant_id")).isEqualTo(padaria.toString());
        assertThat(me.getString("company_name")).startsWith("Padaria Pão Quente");
        assertThat(me.getString("role")).isEqualTo("admin");
    }

    @Test
    void theFirstStartCreatedADemoTenantWhoseAdminCanSignIn() throws Exception {
        DemoCredentials demo = DemoCredentials.read();

        assertThat(login(demo.email(), demo.password()).status()).isEqualTo(200);
        assertThat(java.nio.file.Files.getPosixFilePermissions(
                        java.nio.file.Path.of(System.getenv("ALQUIMISTA_HOME"), "demo-credentials.properties")))
                .as("the printed passwords are the owner's only")
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aWrongPasswordOrUnknownEmailIsRefusedWithoutSayingWhich() {
        tenants.user(padaria, "bia." + suffix + "@padaria.com.br", "viewer");

        var wrongPassword = login("bia." + suffix + "@padaria.com.br", "Errada-123");
        var unknownEmail = login("ninguem." + suffix + "@padaria.com.br", Tenants.PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().getString("detail"))
                .isEqualTo(unknownEmail.json().getString("detail"));
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aUserReplacesTheirPasswordAndOnlyTheNewOneSignsIn() {
        String email = "rita." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "viewer");

        var wrongCurrent = changePassword(email, "Errada-123", "Nova-senha-9");
        var weak = changePassword(email, Tenants.PASSWORD, "fraca");
        var changed = changePassword(email, Tenants.PASSWORD, "Nova-senha-9");

        assertThat(wrongCurrent.status()).isEqualTo(401);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("new_password");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(login(email, Tenants.PASSWORD).status()).isEqualTo(401);
        assertThat(login(email, "Nova-senha-9").status()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAttackersAddressNotTheOwner() {
        String email = "caio." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "operator");
        Api attacker = api.from("203.0.113.66");

        for (int i = 0; i < 5; i++) {
            assertThat(login(attacker, email, "Errada-123").status()).isEqualTo(401);
        }

        assertThat(login(attacker, email, Tenants.PASSWORD).status())
                .as("locked from that address")
                .isEqualTo(401);
        assertThat(login(api, email, Tenants.PASSWORD).status())
                .as("Caio from his own address")
                .isEqualTo(200);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.sign_in_guards WHERE address = ?"
                                + " AND locked_until > now()",
                        "203.0.113.66"))
                .isEqualTo(1);
    }

    @Test
    void oneAddressTryingPasswordsIsHeldBackWith429() {
        Api guesser = api.from("203.0.113." + (1 + new java.util.Random().nextInt(60)));
        Api.Reply last = null;
        for (int i = 0; i < 21 && (last == null || last.status() != 429); i++) {
            last = login(guesser, "alvo" + i + "." + suffix + "@padaria.com.br", "Chute-123" + i);
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.retryAfter()).isNotBlank();
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(login(api, "alvo." + suffix + "@padaria.com.br", "Chute-1234")
                        .status())
                .as("another address is not held back")
                .isEqualTo(401);
    }

    @Test
    void refusedRequestsCountTowardsTheAddressLimitToo() {
        tenants.user(padaria, "ivo." + suffix + "@padaria.com.br", "viewer");
        Api prober = api.from("203.0.113." + (100 + new java.util.Random().nextInt(100)));
        // signed in from elsewhere, so that the prober's address counts the four refusals only
        Api viewer = prober.as(login(api, "ivo." + suffix + "@padaria.com.br", Tenants.PASSWORD)
                .json()
                .getString("access_token"));
        long before = hits(prober.address());

        assertThat(prober.as("not-a-token").get("api/me").status()).isEqualTo(401);
        assertThat(prober.get("api/agents").status()).isEqualTo(401);
        assertThat(viewer.get("api/users").status()).isEqualTo(403);
        assertThat(prober.get("nada/aqui").status()).isEqualTo(404);

        // each instance writes its counts every second (RequestCounts)
        await().atMost(Duration.ofSeconds(10)).until(() -> hits(prober.address()) - before == 4);
    }

    private long hits(String address) {
        return tenants.count(
                "SELECT COALESCE(sum(hits), 0) FROM alquimista_platform.rate_limit_windows WHERE bucket = ?",
                "ip:" + address);
    }

    @Test
    void theAddressIsTheOneTheTrustedProxyAppendedWhateverTheClientForged() {
        String email = "gil." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "viewer");
        Api forging = api.from("6.6.6.6, " + api.address());

        assertThat(login(forging, email, Tenants.PASSWORD).status()).isEqualTo(200);

        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'auth.login' AND ip_address = ?",
                        padaria,
                        api.address()))
                .isEqualTo(1);
        assertThat(tenants.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE ip_address = '6.6.6.6'"))
                .isZero();
    }

    @Test
    void aTokenIssuedBeforeAPasswordChangeAnswers401() {
        String email = "lia." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "viewer");
        Api before = signIn(email);
        Api otherDevice = signIn(email);

        assertThat(changePassword(email, Tenants.PASSWORD, "Nova-senha-9").status())
                .isEqualTo(204);

        assertThat(before.get("api/me").status()).isEqualTo(401);
        assertThat(otherDevice.get("api/me").status()).isEqualTo(401);
        assertThat(before.get("api/me").contentType()).startsWith("application/problem+json");
        var again = login(email, "Nova-senha-9");
        assertThat(api.as(again.json().getString("access_token")).get("api/me").status())
                .isEqualTo(200);
    }

    @Test
    void signingOutEndsThatSessionOnly() {
        String email = "noa." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "viewer");
        Api laptop = signIn(email);
        Api phone = signIn(email);

        var logout = laptop.post("auth/logout", "");

        assertThat(logout.status()).isEqualTo(204);
        assertThat(laptop.get("api/me").status()).isEqualTo(401);
        assertThat(laptop.post("auth/logout", "").status()).isEqualTo(401);
        assertThat(phone.get("api/me").status()).isEqualTo(200);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'auth.logout'",
                        padaria))
                .isEqualTo(1);
    }

    @Test
    void aDemotedBlockedOrRemovedUserLosesTheirSessionAtOnce() {
        tenants.user(padaria, "chefe." + suffix + "@padaria.com.br", "admin");
        Api admin = signIn("chefe." + suffix + "@padaria.com.br");
        UUID demoted = tenants.user(padaria, "demo." + suffix + "@padaria.com.br", "manager");
        UUID blocked = tenants.user(padaria, "bloq." + suffix + "@padaria.com.br", "viewer");
        UUID removed = tenants.user(padaria, "rem." + suffix + "@padaria.com.br", "viewer");
        Api manager = signIn("demo." + suffix + "@padaria.com.br");
        Api viewer = signIn("bloq." + suffix + "@padaria.com.br");
        Api leaving = signIn("rem." + suffix + "@padaria.com.br");
        assertThat(manager.post("api/agents/nigredo-recebimento/activate", "{}").status())
                .isEqualTo(200);

        assertThat(admin.patch("api/users/" + demoted, "{\"role\": \"viewer\"}").status())
                .isEqualTo(200);
        assertThat(admin.patch("api/users/" + blocked, "{\"status\": \"bloqueado\"}")
                        .status())
                .isEqualTo(200);
        assertThat(admin.delete("api/users/" + removed).status()).isEqualTo(204);

        assertThat(manager.post("api/agents/nigredo-recebimento/activate", "{}").status())
                .as("the old manager token no longer works")
                .isEqualTo(401);
        assertThat(viewer.get("api/me").status()).isEqualTo(401);
        assertThat(leaving.get("api/me").status()).isEqualTo(401);
        Api demotedAgain = signIn("demo." + suffix + "@padaria.com.br");
        assertThat(demotedAgain
                        .post("api/agents/nigredo-recebimento/activate", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("api/me").status())
                .as("the admin's own session goes on")
                .isEqualTo(200);
    }

    @Test
    void aSuspendedTenantsTokensStopAndItsUsersCannotSignInUntilReactivated() {
        tenants.user(oficina, "zeca." + suffix + "@oficina.com.br", "admin");
        Api zeca = signIn("zeca." + suffix + "@oficina.com.br");
        tenants.user(padaria, "vizinho." + suffix + "@padaria.com.br", "admin");
        Api neighbour = signIn("vizinho." + suffix + "@padaria.com.br");
        Api operator = operator();

        var suspended = operator.patch("admin/tenants/" + oficina, "{\"status\": \"suspenso\"}");

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().getString("status")).isEqualTo("suspenso");
        assertThat(zeca.get("api/me").status()).isEqualTo(401);
        assertThat(login("zeca." + suffix + "@oficina.com.br", Tenants.PASSWORD).status())
                .isEqualTo(401);
        assertThat(neighbour.get("api/me").status())
                .as("another tenant goes on")
                .isEqualTo(200);
        assertThat(neighbour
                        .patch("admin/tenants/" + oficina, "{\"status\": \"ativo\"}")
                        .status())
                .as("tenant admins are no operators")
                .isEqualTo(403);
        assertThat(operator.patch("admin/tenants/" + oficina, "{\"status\": \"fechado\"}")
                        .status())
                .isEqualTo(400);

        assertThat(operator.patch("admin/tenants/" + oficina, "{\"status\": \"ativo\"}")
                        .status())
                .isEqualTo(200);
        assertThat(signIn("zeca." + suffix + "@oficina.com.br").get("api/me").status())
                .isEqualTo(200);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'operator.tenant.suspenso'",
                        oficina))
                .isEqualTo(1);
    }

    @Test
    void forgedExpiredAndUnsignedTokensAreRefused() throws Exception {
        UUID user = tenants.user(padaria, "dani." + suffix + "@padaria.com.br", "admin");
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Key realKey = SigningKeys.loadOrCreate(SigningKeys.defaultDirectory()).getPrivate();

        String forged =
                token(user, padaria, 3600, rsa.generateKeyPair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256);
        String expired = token(user, padaria, -900, realKey, AlgorithmIdentifiers.RSA_USING_SHA256);
        String unsigned = token(user, padaria, 3600, null, AlgorithmIdentifiers.NONE);
        UUID session = openSession(user, padaria);
        String genuine = token(
                user, padaria, 3600, realKey, AlgorithmIdentifiers.RSA_USING_SHA256, session, TokenClaims.AUDIENCE);
        String noSession = token(user, padaria, 3600, realKey, AlgorithmIdentifiers.RSA_USING_SHA256);
        String otherAudience =
                token(user, padaria, 3600, realKey, AlgorithmIdentifiers.RSA_USING_SHA256, session, "another-app");
        byte[] publicKey = SigningKeys.loadOrCreate(SigningKeys.defaultDirectory())
                .getPublic()
                .getEncoded();
        String hmacWithThePublicKey = token(
                user,
                padaria,
                3600,
                new javax.crypto.spec.SecretKeySpec(publicKey, "HmacSHA256"),
                AlgorithmIdentifiers.HMAC_SHA256,
                session,
                TokenClaims.AUDIENCE);

        for (String refused :
                new String[] {forged, expired, unsigned, noSession, otherAudience, hmacWithThePublicKey, "not-a-token"
                }) {
            var reply = api.as(refused).get("api/me");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        var withoutToken = api.get("api/agents");
        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(withoutToken.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(api.as(genuine).get("api/me").status()).isEqualTo(200);
    }

    @Test
    void aRoleTooLowIs403AndChangesNothing() {
        tenants.user(padaria, "edu." + suffix + "@padaria.com.br", "viewer");
        Api viewer = signIn("edu." + suffix + "@padaria.com.br");
        long auditBefore = audits(padaria);

        var activate = viewer.post("api/agents/nigredo-recebimento/activate", "{}");
        var users = viewer.get("api/users");

        assertThat(activate.status()).isEqualTo(403);
        assertThat(activate.contentType()).startsWith("application/problem+json");
        assertThat(users.status()).isEqualTo(403);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.agent_activations WHERE tenant_id = ?", padaria))
                .isZero();
        assertThat(audits(padaria)).isEqualTo(auditBefore);
    }

    @Test
    void theMarketplaceActivatesAnAgentForTheCallersTenantOnly() {
        tenants.user(padaria, "fabi." + suffix + "@padaria.com.br", "manager");
        tenants.user(oficina, "gil." + suffix + "@oficina.com.br", "admin");
        Api padariaManager = signIn("fabi." + suffix + "@padaria.com.br");
        Api oficinaAdmin = signIn("gil." + suffix + "@oficina.com.br");

        var catalog = padariaManager.get("api/agents").structure().asJsonArray();
        var first =
                padariaManager.post("api/agents/nigredo-disparo/activate", "{\"settings\": {\"canal\": \"email\"}}");
        var again =
                padariaManager.post("api/agents/nigredo-disparo/activate", "{\"settings\": {\"canal\": \"email\"}}");

        assertThat(catalog).hasSize(7);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().getString("status")).isEqualTo("ativo");
        assertThat(again.status()).isEqualTo(200);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.agent_activations WHERE tenant_id = ?", padaria))
                .isEqualTo(1);
        assertThat(agentIds(padariaManager.get("api/activations").structure().asJsonArray()))
                .containsExactly("nigredo-disparo");
        assertThat(padariaManager.get("api/agents/nigredo-disparo").json().getBoolean("active"))
                .isTrue();

        assertThat(oficinaAdmin.get("api/activations").structure().asJsonArray())
                .isEmpty();
        assertThat(oficinaAdmin.get("api/agents/nigredo-disparo").json().getBoolean("active"))
                .isFalse();
        assertThat(oficinaAdmin
                        .post("api/agents/nigredo-disparo/deactivate", "")
                        .status())
                .isEqualTo(404);
        assertThat(padariaManager.get("api/agents/nigredo-unknown").status()).isEqualTo(404);

        var off = padariaManager.post("api/agents/nigredo-disparo/deactivate", "");
        assertThat(off.json().getString("status")).isEqualTo("inativo");
        assertThat(padariaManager.get("api/activations").structure().asJsonArray())
                .isEmpty();
    }

    @Test
    void anotherTenantsUsersAreNotFound() {
        tenants.user(padaria, "hugo." + suffix + "@padaria.com.br", "admin");
        UUID padariaViewer = tenants.user(padaria, "iris." + suffix + "@padaria.com.br", "viewer");
        tenants.user(oficina, "joao." + suffix + "@oficina.com.br", "admin");
        Api oficinaAdmin = signIn("joao." + suffix + "@oficina.com.br");

        assertThat(oficinaAdmin.get("api/users/" + padariaViewer).status()).isEqualTo(404);
        assertThat(oficinaAdmin
                        .patch("api/users/" + padariaViewer, "{\"role\": \"admin\"}")
                        .status())
                .isEqualTo(404);
        assertThat(oficinaAdmin.delete("api/users/" + padariaViewer).status()).isEqualTo(404);
        assertThat(emails(oficinaAdmin.get("api/users").structure().asJsonArray()))
                .containsExactly("joao." + suffix + "@oficina.com.br");
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.users WHERE id = ? AND role = 'viewer'",
                        padariaViewer))
                .isEqualTo(1);
    }

    @Test
    void tenantAdminsManageTheirUsersWithinTheRules() {
        tenants.user(oficina, "kaka." + suffix + "@oficina.com.br", "admin");
        Api admin = signIn("kaka." + suffix + "@oficina.com.br");
        String email = "leo." + suffix + "@oficina.com.br";

        var created = admin.post(
                "api/users",
                "{\"email\": \"" + email + "\", \"nome\": \"Leo\", \"role\": \"operator\","
                        + " \"password\": \"Oficina-2026\"}");
        var duplicate = admin.post(
                "api/users",
                "{\"email\": \"" + email + "\", \"role\": \"operator\"," + " \"password\": \"Oficina-2026\"}");
        var weak = admin.post(
                "api/users",
                "{\"email\": \"m." + suffix + "@oficina.com.br\", \"role\": \"viewer\","
                        + " \"password\": \"fraquinha\"}");
        var invalid = admin.post("api/users", "{\"email\": \"not-an-email\", \"role\": \"chefe\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(fields(weak.json())).contains("password");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.json())).contains("email", "role", "password");
        String id = created.json().getString("id");
        assertThat(admin.patch("api/users/" + id, "{\"role\": \"manager\"}")
                        .json()
                        .getString("role"))
                .isEqualTo("manager");
        assertThat(admin.delete("api/users/" + id).status()).isEqualTo(204);
        assertThat(tenants.count("SELECT count(*) FROM alquimista_platform.users WHERE tenant_id = ?", oficina))
                .isEqualTo(1);
    }

    @Test
    void leadsAndTheFunnelAreTheTenantsOwnAndReadingThemIsAudited() {
        tenants.lead(padaria, "Cliente Um Ltda", "contatado");
        tenants.lead(padaria, "Cliente Dois Ltda", "novo");
        tenants.user(padaria, "nina." + suffix + "@padaria.com.br", "admin");
        tenants.user(oficina, "otto." + suffix + "@oficina.com.br", "admin");
        Api padariaAdmin = signIn("nina." + suffix + "@padaria.com.br");
        Api oficinaAdmin = signIn("otto." + suffix + "@oficina.com.br");

        var padariaLeads = padariaAdmin.get("api/leads?page=0&size=10").json();
        var oficinaLeads = oficinaAdmin.get("api/leads").json();

        assertThat(padariaLeads.getInt("total")).isEqualTo(2);
        assertThat(oficinaLeads.getInt("total")).isZero();
        var funnel = padariaAdmin.get("api/funnel").json();
        assertThat(funnel.getInt("recebidos")).isEqualTo(2);
        assertThat(funnel.getInt("contatados")).isEqualTo(1);
        assertThat(oficinaAdmin.get("api/funnel").json().getInt("recebidos")).isZero();
        var audit = padariaAdmin.get("api/audit-logs?action=lead.").json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("action")).isEqualTo("lead.list");
            assertThat(entry.getString("ip_address")).isNotBlank();
        });
        assertThat(oficinaAdmin.get("api/audit-logs?action=lead.").json().getInt("total"))
                .isEqualTo(1);
        assertThat(padariaAdmin.get("api/leads?size=5000").status()).isEqualTo(400);
        assertThat(padariaAdmin.get("api/audit-logs?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void aTenantThatActivatedSentimentoHasATextAnalysedAndOneThatDidNotIsToldToActivateIt() {
        tenants.user(padaria, "vera." + suffix + "@padaria.com.br", "viewer");
        tenants.user(padaria, "xavi." + suffix + "@padaria.com.br", "admin");
        Api viewer = signIn("vera." + suffix + "@padaria.com.br");
        Api admin = signIn("xavi." + suffix + "@padaria.com.br");

        var beforeActivation = viewer.post("api/sentimento/analise", "{\"texto\": \"Tenho interesse\"}");
        assertThat(admin.post("api/agents/nigredo-sentimento/activate", "{}").status())
                .isEqualTo(200);
        var interesse = viewer.post("api/sentimento/analise", "{\"texto\": \"Tenho interesse, vamos agendar\"}");
        var pare = viewer.post("api/sentimento/analise", "{\"texto\": \"PARE de mandar mensagem!!! Que saco\"}");

        assertThat(beforeActivation.status()).isEqualTo(403);
        assertThat(beforeActivation.contentType()).startsWith("application/problem+json");
        assertThat(beforeActivation.json().getString("detail")).contains("activate the nigredo-sentimento agent");
        assertThat(interesse.status()).isEqualTo(200);
        assertThat(interesse.json().getString("sentimento")).isEqualTo("positivo");
        assertThat(interesse.json().getInt("intensidade")).isBetween(1, 100);
        assertThat(interesse.json().getBoolean("descadastro")).isFalse();
        assertThat(interesse.json().getString("intencao")).isEqualTo("interesse");
        assertThat(interesse.json().getJsonArray("palavras_chave").getString(0)).isEqualTo("tenho interesse");
        assertThat(pare.json().getString("sentimento")).isEqualTo("irritado");
        assertThat(pare.json().getBoolean("descadastro")).isTrue();
        assertThat(pare.json().getString("intencao")).isEqualTo("descadastro");
    }

    @Test
    void aTextThatIsMissingBlankTooLongOrNotTextIsRefusedNamingTextoAndNothingIsWritten() {
        tenants.user(padaria, "yara." + suffix + "@padaria.com.br", "admin");
        Api admin = signIn("yara." + suffix + "@padaria.com.br");
        admin.post("api/agents/nigredo-sentimento/activate", "{}");
        long interacoes = tenants.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE tenant_id = ?", padaria);
        long events = tenants.count("SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?", padaria);

        for (String body : List.of(
                "{}",
                "{\"texto\": \"   \"}",
                "{\"texto\": \"" + "a".repeat(5_001) + "\"}",
                "{\"texto\": 42}",
                "{\"texto\": null}",
                "[\"texto\"]",
                "{\"texto\": \"Tenho interesse\"",
                "texto=Tenho interesse")) {
            var refused = admin.post("api/sentimento/analise", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).as(body).startsWith("application/problem+json");
            assertThat(refused.body()).as(body).contains("texto");
        }
        assertThat(admin.post("api/sentimento/analise", "{\"texto\": \"" + "a".repeat(5_000) + "\"}")
                        .status())
                .as("exactly 5,000 characters")
                .isEqualTo(200);
        assertThat(tenants.count("SELECT count(*) FROM nigredo_leads.interacoes WHERE tenant_id = ?", padaria))
                .isEqualTo(interacoes);
        assertThat(tenants.count("SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?", padaria))
                .isEqualTo(events);
    }

    @Test
    void thePipelineActsForATenantOnlyThroughTheAgentsItActivated() {
        tenants.user(padaria, "quin." + suffix + "@padaria.com.br", "manager");
        Api manager = signIn("quin." + suffix + "@padaria.com.br");
        String event = "{\"source\": \"nigredo.sentimento\", \"type\": \"sentiment.requested\", \"detail\":"
                + " {\"texto\": \"Tenho interesse\", \"context\": {\"source\": \"whatsapp\"}}}";

        String before = decision(manager, manager.post("events", event).json().getString("id"));
        manager.post("api/agents/nigredo-sentimento/activate", "{}");
        String after = decision(manager, manager.post("events", event).json().getString("id"));

        assertThat(before).startsWith("skipped: nigredo-sentimento is not activated");
        assertThat(after).isEqualTo("received");
    }

    @Test
    void anEventNamingAnotherTenantIsRefusedAndEventsBelongToTheCallersTenant() {
        tenants.user(padaria, "tais." + suffix + "@padaria.com.br", "manager");
        tenants.user(oficina, "ugo." + suffix + "@oficina.com.br", "viewer");
        Api padariaManager = signIn("tais." + suffix + "@padaria.com.br");
        Api oficinaViewer = signIn("ugo." + suffix + "@oficina.com.br");
        String forOficina = "{\"source\": \"fibonacci.demo\", \"type\": \"ping\", \"detail\": {\"context\":"
                + " {\"metadata\": {\"tenant_id\": \"" + oficina + "\"}}}}";

        var anonymous = api.post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"ping\"}");
        var crossTenant = padariaManager.post("events", forOficina);
        var own = padariaManager.post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"ping\"}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(crossTenant.status()).isEqualTo(400);
        assertThat(own.status()).isEqualTo(202);
        String id = own.json().getString("id");
        assertThat(padariaManager.get("events/" + id).json().getString("tenant_id"))
                .isEqualTo(padaria.toString());
        assertThat(oficinaViewer.get("events/" + id).status()).isEqualTo(404);
        assertThat(oficinaViewer
                        .post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"ping\"}")
                        .status())
                .isEqualTo(403);
    }

    private String decision(Api caller, String eventId) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> caller.get("events/" + eventId).json().getJsonArray("logs"), logs -> !logs.isEmpty())
                .getJsonObject(0)
                .getString("decision");
    }

    @Test
    void leadsSentToRecebimentoAreNormalisedDeduplicatedAndReported() {
        tenants.user(padaria, "rui." + suffix + "@padaria.com.br", "manager");
        tenants.user(oficina, "sara." + suffix + "@oficina.com.br", "admin");
        Api manager = signIn("rui." + suffix + "@padaria.com.br");
        Api otherTenant = signIn("sara." + suffix + "@oficina.com.br");
        String leads = """
                {"leads": [
                  {"empresa": "Padaria Pão Quente Ltda", "contato": "Maria", "telefone": "(11) 98765-4321",
                   "email": "Maria@PadariaPaoQuente.com.br", "cnpj": "11.222.333/0001-81", "setor": "Alimentação", "porte": "ME"},
                  {"empresa": "Padaria Pão Quente Filial", "contato": "Maria", "telefone": "11 8765-4321",
                   "email": "maria@padariapaoquente.com.br"},
                  {"empresa": "Oficina Boa Vista", "contato": "João", "email": "joao@oficina.com.br", "cnpj": "11.222.333/0001-00"},
                  {"contato": "Sem Empresa", "telefone": "(21) 99876-5432"},
                  {"empresa": "Mercado Central", "contato": "Ana", "telefone": "+55 31 3222-1234"}
                ]}
                """;

        var refused = manager.post("api/leads", leads);
        manager.post("api/agents/nigredo-recebimento/activate", "{}");
        var accepted = manager.post("api/leads", leads);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(accepted.status()).isEqualTo(202);
        String importId = accepted.json().getString("import_id");
        JsonObject report = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> manager.get("api/imports/" + importId).json(),
                        r -> r.getString("status").equals("concluido"));
        assertThat(report.getInt("total_rows")).isEqualTo(5);
        assertThat(report.getInt("accepted")).isEqualTo(2);
        assertThat(report.getInt("duplicates")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(2);
        var issues = report.getJsonArray("issues").getValuesAs(JsonObject.class);
        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.getInt("row")).isEqualTo(2);
            assertThat(issue.getString("problem")).contains("duplicado");
        });
        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.getInt("row")).isEqualTo(3);
            assertThat(issue.getString("field")).isEqualTo("cnpj");
        });
        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.getInt("row")).isEqualTo(4);
            assertThat(issue.getString("field")).isEqualTo("empresa");
        });
        var stored = manager.get("api/leads").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(stored)
                .extracting(lead -> lead.getString("empresa"))
                .containsExactlyInAnyOrder("Padaria Pão Quente Ltda", "Mercado Central");
        assertThat(stored).anySatisfy(lead -> {
            assertThat(lead.getString("telefone")).isEqualTo("+5511987654321");
            assertThat(lead.getString("email")).isEqualTo("maria@padariapaoquente.com.br");
            assertThat(lead.getString("status"))
                    .as("enriched from the offline CNPJ sample")
                    .isEqualTo("enriquecido");
        });
        assertThat(stored).anySatisfy(lead -> {
            assertThat(lead.getString("empresa")).isEqualTo("Mercado Central");
            assertThat(lead.getString("status"))
                    .as("no CNPJ, nothing to enrich")
                    .isEqualTo("novo");
        });
        assertThat(otherTenant.get("api/imports/" + importId).status()).isEqualTo(404);
        assertThat(otherTenant.get("api/leads").json().getInt("total")).isZero();
        assertThat(manager.post("api/leads", "[1, 2]").status()).isEqualTo(400);
    }

    @Test
    void aLeadFileIsImportedAsAStreamAndReportedByRow() {
        tenants.user(padaria, "lia." + suffix + "@padaria.com.br", "manager");
        Api manager = signIn("lia." + suffix + "@padaria.com.br");
        manager.post("api/agents/nigredo-recebimento/activate", "{}");
        String csv = "\uFEFFRazão Social;Responsável;Telefone;E-mail;Observações\r\n"
                + "Padaria Pão Quente Ltda;Maria;(11) 98765-4321;maria@padaria.com.br;\"cliente\r\nantigo\"\r\n"
                + "Padaria Pão Quente Filial;Maria;11 98765-4321;MARIA@padaria.com.br;\r\n"
                + ";Sem Empresa;(21) 99876-5432;;\r\n"
                + "Demais Colunas;José;11 1111-1111;jose@demais.com.br;obs;sobra\r\n"
                + "\r\n"
                + "Mercado Central;Ana;+55 31 3222-1234;;\r\n";

        var accepted = manager.post(
                "api/leads/import?filename=leads.csv",
                "text/csv; charset=utf-8",
                HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().getInt("rows")).isEqualTo(5);
        String importId = accepted.json().getString("import_id");
        JsonObject report = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> manager.get("api/imports/" + importId).json(),
                        r -> r.getString("status").equals("concluido"));
        assertThat(report.getString("source")).isEqualTo("csv");
        assertThat(report.getString("file_name")).isEqualTo("leads.csv");
        assertThat(report.getInt("total_rows")).isEqualTo(5);
        assertThat(report.getInt("processed_rows")).isEqualTo(5);
        assertThat(report.getInt("accepted")).isEqualTo(2);
        assertThat(report.getInt("duplicates")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(2);
        var issues = report.getJsonArray("issues").getValuesAs(JsonObject.class);
        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.getInt("row")).isEqualTo(3);
            assertThat(issue.getString("problem")).contains("duplicado");
        });
        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.getInt("row")).isEqualTo(4);
            assertThat(issue.getString("field")).isEqualTo("empresa");
        });
        assertThat(issues).anySatisfy(issue -> {
            assertThat(issue.getInt("row")).isEqualTo(5);
            assertThat(issue.getString("field")).isEqualTo("linha");
            assertThat(issue.getString("problem")).contains("6 colunas");
        });
        var stored = manager.get("api/leads").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(stored)
                .extracting(lead -> lead.getString("empresa"))
                .containsExactlyInAnyOrder("Padaria Pão Quente Ltda", "Mercado Central");

        var noColumns = manager.post("api/leads/import", "text/csv", "nome;cidade\nMaria;SP\n");
        var headerOnly = manager.post("api/leads/import", "text/csv", "empresa;email\n");
        var unsupported = manager.post("api/leads/import", "application/pdf", "%PDF-1.4");
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.body()).contains("empresa");
        assertThat(headerOnly.status()).isEqualTo(400);
        assertThat(headerOnly.body()).contains("the file has no leads");
        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(unsupported.contentType()).startsWith("application/problem+json");
        assertThat(tenants.count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", padaria))
                .isEqualTo(1);

        String boundary = "----alquimista" + suffix;
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"outros.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "empresa,contato,email\r\nOficina Nova,Rita,contato@oficinanova.com.br\r\n"
                + "\r\n--" + boundary + "--\r\n";
        var multipart = manager.post("api/leads/import", "multipart/form-data; boundary=" + boundary, form);
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(202);
        assertThat(multipart.json().getInt("rows")).isEqualTo(1);
        JsonObject formReport = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> manager.get("api/imports/" + multipart.json().getString("import_id"))
                                .json(),
                        r -> r.getString("status").equals("concluido"));
        assertThat(formReport.getString("file_name")).isEqualTo("outros.csv");
        assertThat(formReport.getInt("accepted")).isEqualTo(1);
    }

    @Test
    void anOversizedLeadFileAnswers413AndWritesNoImport() {
        tenants.user(oficina, "teo." + suffix + "@oficina.com.br", "manager");
        Api manager = signIn("teo." + suffix + "@oficina.com.br");
        manager.post("api/agents/nigredo-recebimento/activate", "{}");
        // over the 1 MiB limit set for the tests (ALQUIMISTA_IMPORT_MAX_BYTES); valid rows all along
        byte[] file =
                ("empresa;telefone\n" + "Oficina;(11) 98765-4321\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8);

        var streamed = manager.post(
                "api/leads/import",
                "text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(file)));
        var declared = manager.post("api/leads/import", "text/csv", HttpRequest.BodyPublishers.ofByteArray(file));

        assertThat(streamed.status()).as(streamed.body()).isEqualTo(413);
        assertThat(streamed.contentType()).startsWith("application/problem+json");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(tenants.count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", oficina))
                .isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheWholeApi() {
        var openapi = api.get("openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body())
                .contains(
                        "/auth/login",
                        "/auth/operator/login",
                        "/api/sentimento/analise",
                        "/api/me",
                        "/api/agents",
                        "/api/activations",
                        "/api/leads",
                        "/api/funnel",
                        "/api/users",
                        "/api/audit-logs",
                        "/events",
                        "/admin/queues");
    }

    @Test
    void invalidFieldsAreNamedAndBrokenJsonIsRefused() {
        var missing = api.post("auth/login", "{\"email\": \"nao-e-email\"}");
        var broken = api.post("auth/login", "{\"email\": ");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("email", "password");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void textPostgresqlCannotStoreIsRefusedNamingTheFieldAndNothingIsWritten() {
        String email = "vera." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "admin");
        Api admin = signIn(email);
        assertThat(admin.post("api/agents/nigredo-recebimento/activate", "{}").status())
                .isEqualTo(200);

        var lead = admin.post(
                "api/leads",
                "{\"empresa\": \"\\u0000\", \"contato\": \"Maria\"," + " \"telefone\": \"(11) 98765-4321\"}");
        var user = admin.post(
                "api/users",
                "{\"email\": \"novo." + suffix + "@padaria.com.br\", \"nome\": \"Ana\\u0007\","
                        + " \"role\": \"viewer\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        var rename = admin.patch(
                "api/users/" + tenants.user(padaria, "xavi." + suffix + "@padaria.com.br", "viewer"),
                "{\"nome\": \"X\\u0000\"}");
        var settings =
                admin.post("api/agents/nigredo-disparo/activate", "{\"settings\": {\"canal_email\": \"smtp\\u0000\"}}");
        var event = admin.post(
                "events",
                "{\"source\": \"fibonacci.demo\", \"type\": \"ping\", \"detail\": {\"nota\":"
                        + " [\"ok\", \"\\u001b[31m\"]}}");
        var filter = admin.get("api/audit-logs?action=lead.%00");
        var hugePage = admin.get("api/leads?page=99999999999");
        var lastPage = admin.get("api/leads?page=2147483647&size=20");

        assertProblem(lead, 400, "empresa");
        assertProblem(user, 400, "nome");
        assertProblem(rename, 400, "nome");
        assertProblem(settings, 400, "settings.canal_email");
        assertProblem(event, 400, "detail.nota[1]");
        assertProblem(filter, 400, "action");
        assertProblem(hugePage, 400, "page");
        assertProblem(lastPage, 400, "page");
        assertThat(tenants.count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", padaria))
                .isZero();
        assertThat(tenants.count("SELECT count(*) FROM alquimista_platform.users WHERE tenant_id = ?", padaria))
                .isEqualTo(2);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.users WHERE tenant_id = ? AND nome LIKE 'X%'",
                        padaria))
                .isZero();
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.agent_activations WHERE tenant_id = ?", padaria))
                .isEqualTo(1);
        assertThat(tenants.count("SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?", padaria))
                .isZero();
    }

    @Test
    void aLeadFileRowWithAControlCharacterIsThatRowsIssueAndTheOtherRowsAreImported() {
        tenants.user(oficina, "yara." + suffix + "@oficina.com.br", "manager");
        Api manager = signIn("yara." + suffix + "@oficina.com.br");
        manager.post("api/agents/nigredo-recebimento/activate", "{}");
        String csv = "empresa;contato;email\n"
                + "Oficina\u0000 Central;Rui;rui@oficinacentral.com.br\n"
                + "Oficina Boa;Ana;ana@oficinaboa.com.br\n";

        var accepted = manager.post("api/leads/import?filename=leads.csv", "text/csv; charset=utf-8", csv);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String importId = accepted.json().getString("import_id");
        JsonObject report = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> manager.get("api/imports/" + importId).json(),
                        r -> r.getString("status").equals("concluido"));
        assertThat(report.getInt("total_rows")).isEqualTo(2);
        assertThat(report.getInt("accepted")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(1);
        assertThat(report.getJsonArray("issues").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.getInt("row")).isEqualTo(2);
                    assertThat(issue.getString("field")).isEqualTo("empresa");
                    assertThat(issue.getString("problem")).contains("caractere de controle");
                });
        assertProblem(manager.post("api/leads/import?filename=a%00.csv", "text/csv", csv), 400, "filename");
    }

    @Test
    void aUserAgentLongerThanTheAuditColumnIsCutNeverRefused() throws Exception {
        String email = "zeca." + suffix + "@padaria.com.br";
        tenants.user(padaria, email, "admin");
        String userAgent = "Mozilla/5.0 " + "x".repeat(600);
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "auth/login"))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", userAgent)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String token = api.post(
                        "auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}")
                .json()
                .getString("access_token");
        HttpResponse<String> leads = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/leads"))
                        .header("Authorization", "Bearer " + token)
                        .header("User-Agent", userAgent)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(leads.statusCode()).isEqualTo(200);
        assertThat(tenants.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action IN ('auth.login', 'lead.list') AND length(user_agent) = 512",
                        padaria))
                .isEqualTo(2);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheUiRunsOnlyItsOwnFiles() {
        var ui = api.get("app/");
        var docs = api.get("api-docs/");
        var anonymous = api.get("api/me");
        var forged = api.as("not-a-token").get("api/me");
        var health = api.get("health");

        for (var reply : new Api.Reply[] {ui, docs, anonymous, forged, health}) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Strict-Transport-Security"))
                    .as("published over http here")
                    .isNull();
        }
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.header("Content-Security-Policy"))
                .startsWith("default-src 'self'; script-src 'self'; style-src 'self';")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(ui.body()).doesNotContain("<script>", "<style", "style=\"", "onclick=", "onload=");
        assertThat(docs.header("Content-Security-Policy")).isEqualTo(ui.header("Content-Security-Policy"));
        assertThat(docs.body()).doesNotContain("<script>", "<style", "style=\"");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        for (var reply : new Api.Reply[] {anonymous, forged, health}) {
            assertThat(reply.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void aBodyOverItsRoutesLimitIs413BeforeItIsReadAndNothingIsStored() {
        String email = "bela." + suffix + "@oficina.com.br";
        tenants.user(oficina, email, "admin");
        Api admin = signIn(email);
        admin.post("api/agents/nigredo-recebimento/activate", "{}");
        String bigUser = "{\"email\": \"grande." + suffix + "@oficina.com.br\", \"role\": \"viewer\", \"password\": \""
                + Tenants.PASSWORD + "\", \"nome\": \"" + "n".repeat(300 * 1024) + "\"}";
        byte[] bigUserBytes = bigUser.getBytes(StandardCharsets.UTF_8);
        String boundary = "----alquimista" + suffix;
        byte[] bigForm = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nempresa;telefone\n"
                        + "Oficina;(11) 98765-4321\n".repeat(50_000)
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        // over HTTP/1.1, as browsers send: the JDK client's h2c upgrade waits for a body the server refused unread
        var signIn = api.post(
                "auth/login",
                "application/json",
                HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"" + email + "\", \"password\": \"" + "x".repeat(9000) + "\"}"));
        var declared = admin.post("api/users", "application/json", HttpRequest.BodyPublishers.ofString(bigUser));
        var chunked = admin.post(
                "api/users",
                "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigUserBytes)));
        var form = admin.post(
                "api/leads/import",
                "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigForm)));

        for (var reply : new Api.Reply[] {signIn, declared, chunked, form}) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(413);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(tenants.count("SELECT count(*) FROM alquimista_platform.users WHERE tenant_id = ?", oficina))
                .isEqualTo(1);
        assertThat(tenants.count("SELECT count(*) FROM nigredo_leads.imports WHERE tenant_id = ?", oficina))
                .isZero();
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(fields(reply.json())).contains(field);
    }

    @Test
    void aTenantOverItsRateLimitGets429WithRetryAfter() {
        tenants.user(oficina, "pedro." + suffix + "@oficina.com.br", "viewer");
        Api viewer = signIn("pedro." + suffix + "@oficina.com.br");

        // Fixed one-minute windows: a run that crosses a minute boundary starts counting again, so allow
        // for two whole windows before giving up on seeing the 429.
        Api.Reply last = null;
        for (int i = 0; i < 2 * TENANT_REQUESTS_PER_MINUTE + 1 && (last == null || last.status() != 429); i++) {
            last = viewer.get("api/agents");
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.retryAfter()).isNotBlank();
        assertThat(last.contentType()).startsWith("application/problem+json");
    }

    private Api.Reply changePassword(String email, String password, String newPassword) {
        return api.post(
                "auth/password",
                "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"new_password\": \"" + newPassword
                        + "\"}");
    }

    private Api.Reply login(String email, String password) {
        return login(api, email, password);
    }

    private static Api.Reply login(Api client, String email, String password) {
        return client.post("auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    }

    private Api operator() {
        DemoCredentials demo = DemoCredentials.read();
        var login = api.post(
                "auth/operator/login",
                "{\"email\": \"" + demo.operatorEmail() + "\", \"password\": \"" + demo.operatorPassword() + "\"}");
        assertThat(login.status()).as("operator sign-in").isEqualTo(200);
        return api.as(login.json().getString("access_token"));
    }

    /** A session row as sign-in writes it, for tokens the test signs itself. */
    private UUID openSession(UUID user, UUID tenant) {
        UUID id = UUID.randomUUID();
        tenants.execute(
                "INSERT INTO alquimista_platform.sessions (id, account_type, account_id, tenant_id, created_at,"
                        + " expires_at) VALUES (?, 'user', ?, ?, now(), now() + interval '1 hour')",
                id,
                user,
                tenant);
        return id;
    }

    private Api signIn(String email) {
        var login = login(email, Tenants.PASSWORD);
        assertThat(login.status()).as("sign-in of " + email).isEqualTo(200);
        return api.as(login.json().getString("access_token"));
    }

    private long audits(UUID tenant) {
        return tenants.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?", tenant);
    }

    private static String token(UUID user, UUID tenant, int secondsToLive, Key key, String algorithm)
            throws JoseException {
        return token(user, tenant, secondsToLive, key, algorithm, null, TokenClaims.AUDIENCE);
    }

    private static String token(
            UUID user, UUID tenant, int secondsToLive, Key key, String algorithm, UUID session, String audience)
            throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(TokenClaims.LOCAL_ISSUER);
        if (audience != null) {
            claims.setAudience(audience);
        }
        if (session != null) {
            claims.setClaim(TokenClaims.SESSION_ID, session.toString());
        }
        claims.setSubject(user.toString());
        claims.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 1200));
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + secondsToLive));
        claims.setGeneratedJwtId();
        claims.setClaim("upn", "someone@example.com");
        claims.setStringListClaim("groups", "admin", "manager", "operator", "viewer");
        claims.setClaim(TokenClaims.TENANT_ID, tenant.toString());
        claims.setClaim(TokenClaims.USER_ROLE, "admin");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(algorithm);
        if (key == null) {
            jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        } else {
            jws.setKey(key);
        }
        return jws.getCompactSerialization();
    }

    private static java.util.List<String> agentIds(JsonArray activations) {
        return activations.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("agent_id"))
                .toList();
    }

    private static java.util.List<String> emails(JsonArray users) {
        return users.getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("email"))
                .toList();
    }

    private static java.util.List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
