import * as client from "openid-client";

export type OidcSettings = {
  issuer: string;
  clientId: string;
  /** Without a secret the client authenticates with PKCE alone (a public client). */
  clientSecret: string | undefined;
  scopes: string;
  /** Plain-HTTP providers, for local tests only. */
  allowHttp: boolean;
};

/** What the provider vouched for: its identity of the person and, when released, their email. */
export type OidcPerson = {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
};

export type OidcLoginChecks = { state: string; nonce: string; codeVerifier: string };

export type OidcClient = ReturnType<typeof createOidcClient>;

/**
 * The relying-party side of OpenID Connect (authorization code flow with PKCE S256, state and nonce),
 * over openid-client. Discovery happens on first use and is kept, so that the server starts while the
 * provider is down; a failed discovery is forgotten and tried again at the next sign-in.
 */
export function createOidcClient(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    if (!discovered) {
      const attempt = client.discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        // client_secret_basic is the default every OpenID provider must support (OIDC Core 9).
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        { execute: settings.allowHttp ? [client.allowInsecureRequests] : [], timeout: 10 },
      );
      discovered = attempt;
      attempt.catch(() => {
        if (discovered === attempt) discovered = undefined;
      });
    }
    return discovered;
  }

  return {
    /** Fresh one-time values for a sign-in: the state (for the cookie), nonce and PKCE verifier. */
    newChecks(): OidcLoginChecks {
      return {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
    },

    async authorizationUrl(redirectUri: string, checks: OidcLoginChecks): Promise<URL> {
      const config = await configuration();
      return client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: "S256",
      });
    },

    /**
     * Redeems the code from the provider's redirect (the full callback URL) and checks the ID token:
     * signature, issuer, audience, expiry and nonce. The email comes from the ID token, or from the
     * UserInfo endpoint for providers that release it only there.
     */
    async exchange(callbackUrl: URL, checks: OidcLoginChecks): Promise<OidcPerson> {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error("the token response carried no ID token");
      let claims: Record<string, unknown> = idToken;
      if (claims.email === undefined && config.serverMetadata().userinfo_endpoint) {
        claims = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      }
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        email: typeof claims.email === "string" ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
      };
    },
  };
}
