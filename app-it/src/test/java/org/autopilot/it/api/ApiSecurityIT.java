package org.autopilot.it.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.Keycloak;
import org.autopilot.it.support.TradingApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The /trading API over HTTP with real Keycloak tokens: every refusal is JSON (never a login page), forged,
 * tampered and expired tokens get 401, roles decide 200 or 403, and health needs no token.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    private static final String API = Browser.BASE_URL + "/trading/api/v1";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void requestWithoutTokenGets401Json() {
        HttpResponse<String> response = get("/me", null);
        assertUnauthorizedJson(response);
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect to a login page");
    }

    @Test
    void validTokenIdentifiesTheCaller() {
        HttpResponse<String> response = get("/me", Keycloak.accessToken(DemoUser.IVAN_INVESTOR));
        assertEquals(200, response.statusCode());
        assertEquals("{\"roles\":[\"investor\"],\"username\":\"ivan\"}", response.body());
    }

    @Test
    void rolesDecideAccess() {
        HttpResponse<String> investor = get("/kill-switches/PLATFORM/platform", Keycloak.accessToken(DemoUser.IVAN_INVESTOR));
        assertEquals(403, investor.statusCode());
        assertTrue(investor.body().contains("\"status\":403"), investor.body());
        assertEquals("application/json", investor.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> admin = get("/kill-switches/PLATFORM/platform", Keycloak.accessToken(DemoUser.ALICE_ADMIN));
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("\"level\":\"PLATFORM\""), admin.body());
    }

    @Test
    void onlyOperatorsAndAdminsIntervene() throws Exception {
        String account = UUID.randomUUID().toString();
        String halt = "{\"state\":\"HALTED\",\"reason\":\"api test\"}";
        for (DemoUser outsider : List.of(DemoUser.CORA_CORPORATE, DemoUser.IVAN_INVESTOR)) {
            String token = Keycloak.accessToken(outsider);
            assertEquals(403, TradingApiClient.send("PUT", "/kill-switches/BROKER_ACCOUNT/" + account, token, halt).statusCode());
            assertEquals(403, TradingApiClient.send("POST", "/kill-switches/PLATFORM/platform/flatten", token,
                    "{\"reason\":\"x\"}").statusCode());
            assertEquals(403, TradingApiClient.send("POST", "/orders/" + account + "/cancel", token, "{\"reason\":\"x\"}").statusCode());
            assertEquals(403, TradingApiClient.send("POST", "/positions/" + account + "/AAPL/close", token, "{}").statusCode());
            assertEquals(403, TradingApiClient.send("PUT", "/risk/limits/ACCOUNT/" + account, token,
                    "{\"limits\":{},\"version\":-1}").statusCode());
        }
        assertEquals(403, TradingApiClient.send("GET", "/kill-switches/BROKER_ACCOUNT/" + account,
                Keycloak.accessToken(DemoUser.CORA_CORPORATE), null).statusCode(), "reading is refused too");

        String operator = Keycloak.accessToken(DemoUser.OSCAR_OPERATOR);
        HttpResponse<String> wrongState = TradingApiClient.send("PUT", "/kill-switches/BROKER_ACCOUNT/" + account, operator,
                "{\"state\":\"STOP\",\"reason\":\"x\"}");
        assertEquals(400, wrongState.statusCode());
        assertTrue(wrongState.body().contains("state must be one of [ACTIVE, REDUCING, HALTED], got STOP"), wrongState.body());
        HttpResponse<String> noReason = TradingApiClient.send("PUT", "/kill-switches/BROKER_ACCOUNT/" + account, operator,
                "{\"state\":\"HALTED\"}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("needs a reason"), noReason.body());
        HttpResponse<String> halted = TradingApiClient.send("PUT", "/kill-switches/BROKER_ACCOUNT/" + account, operator, halt);
        assertEquals(200, halted.statusCode(), halted.body());
        assertTrue(halted.body().contains("\"state\":\"HALTED\"") && halted.body().contains("\"changedBy\":\"oscar\""),
                halted.body());
        assertEquals(200, TradingApiClient.send("PUT", "/kill-switches/BROKER_ACCOUNT/" + account, operator,
                "{\"state\":\"ACTIVE\",\"reason\":\"api test over\"}").statusCode());
    }

    @Test
    void tokenSignedByAnotherKeyGets401() throws Exception {
        RSAKey attackerKey = new RSAKeyGenerator(2048).keyID("attacker").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(Keycloak.REALM).audience(List.of("autopilot-trading")).subject(UUID.randomUUID().toString())
                .claim("preferred_username", "alice").claim("realm_access", Map.of("roles", List.of("admin")))
                .claim("typ", "Bearer").claim("azp", "autopilot-cli")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(attackerKey.getKeyID()).build(), claims);
        forged.sign(new RSASSASigner(attackerKey));
        assertUnauthorizedJson(get("/me", forged.serialize()));
    }

    @Test
    void realTokenWithAlteredClaimsGets401() throws ParseException {
        String[] parts = Keycloak.accessToken(DemoUser.IVAN_INVESTOR).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String promoted = payload.replace("\"investor\"", "\"admin\"");
        assertTrue(!promoted.equals(payload), "the token carries the investor role");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes())
                + "." + parts[2];
        assertUnauthorizedJson(get("/kill-switches/PLATFORM/platform", tampered));
    }

    @Test
    void expiredTokenGets401() throws ParseException {
        String clientId = "it-short-lived-" + UUID.randomUUID();
        assertEquals(201, Keycloak.adminPost("/clients", """
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"3"},
                 "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.client.audience":"autopilot-trading","access.token.claim":"true"}}]}
                """.formatted(clientId)));
        String token = Keycloak.post(Keycloak.REALM + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", clientId, "username", "ivan", "password", "ivan-dev-pass"), null).get("access_token").toString();
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        assertEquals(200, get("/me", token).statusCode(), "fresh token accepted");

        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
        assertUnauthorizedJson(get("/me", token));
    }

    @Test
    void healthNeedsNoToken() {
        assertEquals(200, send(Browser.BASE_URL + "/trading/health/live", null).statusCode());
        HttpResponse<String> ready = send(Browser.BASE_URL + "/trading/health/ready", null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    }

    private static void assertUnauthorizedJson(HttpResponse<String> response) {
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"status\":401"), response.body());
    }

    private static HttpResponse<String> get(String path, String token) {
        return send(API + path, token);
    }

    private static HttpResponse<String> send(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
