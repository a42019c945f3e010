import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider on a local port for the {@code login} benchmark: the
 * mock-oauth2-server that the tests use, with one issuer, {@code eid}, that signs every resident
 * in as the demo persona Sara Lindqvist with the Swedish profile's claims at level of assurance 3.
 * No login page: the authorization endpoint answers at once with a redirect carrying the code.
 *
 * <p>Run on the classpath that {@code bench/oidc/pom.xml} resolves (bench/run does this):
 * <pre>
 *   java -cp "$(cat bench/oidc/target/classpath.txt)" bench/oidc/MockIdentityProvider.java \
 *       [--port N] [--port-file FILE]
 * </pre>
 * {@code --port 0} (the default) binds a free port; the port is printed and, with
 * {@code --port-file}, written to FILE once the server accepts connections. Stops on SIGTERM.
 */
public final class MockIdentityProvider {

    static final String ISSUER = "eid";
    static final String CLIENT_ID = "cityhall";
    static final String PERSONAL_IDENTITY_NUMBER = "198804129826";

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 0;
        Path portFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--port-file" -> portFile = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: MockIdentityProvider [--port N] [--port-file FILE]");
                    System.exit(2);
                }
            }
        }

        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("https://id.oidc.se/claim/personalIdentityNumber", PERSONAL_IDENTITY_NUMBER);
        claims.put("given_name", "Sara");
        claims.put("family_name", "Lindqvist");
        claims.put("name", "Sara Lindqvist");
        claims.put("acr", "http://id.elegnamnden.se/loa/1.0/loa3");
        // Every token of the issuer, not only the next one: a callback in the configuration, not enqueued.
        var everyLogin = new DefaultOAuth2TokenCallback(ISSUER, "eid-" + PERSONAL_IDENTITY_NUMBER, "JWT",
                List.of(CLIENT_ID), claims, 3600);
        var config = new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(), Set.of(everyLogin),
                new NettyWrapper());
        var server = new MockOAuth2Server(config);
        server.start(InetAddress.getLoopbackAddress(), port);
        int bound = server.baseUrl().port();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "shutdown"));

        System.out.println("mock-oauth2-server: issuer http://127.0.0.1:" + bound + "/" + ISSUER);
        if (portFile != null) {
            Path temporary = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(temporary, bound + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        stopped.await();
    }
}
