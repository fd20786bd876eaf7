package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "login", description = {
        "Sign in and keep the token in ~/.topset/credentials (TOPSET_CREDENTIALS), so that TOPSET_TOKEN and"
                + " TOPSET_ATHLETE need not be set.",
        "  topset login --dev                      the local system: a token signed with the launcher's dev key",
        "  topset login --issuer https://id.example  an OpenID provider: the device flow (open a URL, enter a code)"})
class LoginCommand implements Runnable {

    /** The launcher's demo lifter, the athlete of a dev login without --athlete. */
    static final UUID DEMO_ATHLETE = UUID.nameUUIDFromBytes("topset-demo:demo-athlete"
            .getBytes(StandardCharsets.UTF_8));

    @ParentCommand
    TopsetCli root;

    @Option(names = "--dev", description = "sign a token with the local launcher's dev key (in --data-dir)")
    boolean dev;

    @Option(names = "--data-dir", defaultValue = ".topset-data",
            description = "the launcher's --data-dir (default: ${DEFAULT-VALUE})")
    Path dataDirectory;

    @Option(names = "--athlete", description = "the athlete id (dev: default TOPSET_ATHLETE, else the demo lifter;"
            + " device flow: default the token's athlete_id claim)")
    UUID athlete;

    @Option(names = "--issuer", description = "the OpenID provider the services trust (default: TOPSET_ISSUER)")
    String issuer;

    @Option(names = "--client-id", description = "this client's id at the provider (default: TOPSET_CLIENT_ID,"
            + " else " + CliSettings.DEFAULT_CLIENT_ID + ")")
    String clientId;

    @Option(names = "--scope", defaultValue = "openid", description = "scopes to ask for (default: ${DEFAULT-VALUE})")
    String scope;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        Credentials credentials = dev ? devLogin(terminal) : deviceFlow(terminal);
        credentials.write(terminal.settings.credentialsFile(), terminal.json);
        terminal.out.println("logged in as athlete " + credentials.athleteId() + " (issuer " + credentials.issuer()
                + (credentials.expiresAt() == null ? "" : ", until " + credentials.expiresAt()) + ")");
    }

    private Credentials devLogin(Terminal terminal) {
        UUID who = athlete != null ? athlete
                : terminal.settings.athlete() != null ? terminal.settings.athleteId() : DEMO_ATHLETE;
        Instant now = Instant.now();
        String token = DevSigningKey.read(dataDirectory).athleteToken(who, now, terminal.json);
        return new Credentials(token, who, DevSigningKey.ISSUER, now.plus(DevSigningKey.VALIDITY));
    }

    private Credentials deviceFlow(Terminal terminal) {
        String provider = issuer != null ? issuer : terminal.settings.issuer();
        if (provider == null) {
            throw new UsageException("give --dev (the local system) or --issuer <OpenID provider URL> (or set"
                    + " TOPSET_ISSUER)");
        }
        String client = clientId != null ? clientId : terminal.settings.clientId();
        DeviceAuthorization.Grant grant;
        try {
            grant = new DeviceAuthorization(terminal.json, terminal.out,
                    seconds -> Thread.sleep(seconds * 1000L), Clock.systemUTC())
                    .login(provider, client, scope);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("sign-in interrupted");
        }
        UUID who = athlete != null ? athlete : athleteClaim(grant.accessToken(), terminal);
        return new Credentials(grant.accessToken(), who, provider, grant.expiresAt());
    }

    /** The athlete the token names; its signature is the services' business, the client only reads the claim. */
    private static UUID athleteClaim(String token, Terminal terminal) {
        String[] parts = token.split("\\.");
        if (parts.length == 3) {
            try {
                JsonNode claims = terminal.json.readTree(Base64.getUrlDecoder().decode(parts[1]));
                if (claims.path("athlete_id").isTextual()) {
                    return UUID.fromString(claims.path("athlete_id").asText());
                }
            } catch (IOException | IllegalArgumentException e) {
                // not a readable JWT: the athlete must be given
            }
        }
        throw new UsageException("the token names no athlete (claim athlete_id): give --athlete");
    }
}
