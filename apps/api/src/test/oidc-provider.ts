// A real OpenID provider (oidc-provider) for the API tests and the end-to-end suite: one confidential
// client, PKCE required, and a plain HTML login form that a test can fill in without a browser
// (POST login=<sub>) or with one (the label "Brukernavn", the buttons "Logg inn" and "Avbryt").
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type Adapter, type AdapterFactory, type AdapterPayload } from "oidc-provider";
import { freePort } from "../lib/free-port.ts";

export type TestOidcAccount = { sub: string; email: string; emailVerified: boolean; name: string };

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds an account or changes one (e.g. its email) while the provider runs. */
  setAccount: (account: TestOidcAccount) => void;
  stop: () => Promise<void>;
};

export async function startOidcProvider(options: {
  accounts: TestOidcAccount[];
  redirectUris: string[];
  /** Like strict providers, release the email only at the UserInfo endpoint, not in the ID token. */
  emailOnlyFromUserInfo?: boolean;
}): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "sidestilt-test";
  const clientSecret = randomBytes(32).toString("base64url");
  const accounts = new Map(options.accounts.map((account) => [account.sub, account]));
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [{ ...signingKey, kid: "test-signing-key", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: options.emailOnlyFromUserInfo ?? false,
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      if (!accounts.has(sub)) return undefined;
      return {
        accountId: sub,
        // Read at token time, so that a changed email shows in the next sign-in.
        claims: () => {
          const account = accounts.get(sub);
          if (!account) return { sub };
          return { sub, email: account.email, email_verified: account.emailVerified, name: account.name };
        },
      };
    },
  });

  const handleProvider = provider.callback();
  const server = createServer((req, res) => {
    if (!req.url?.startsWith("/interaction/")) return handleProvider(req, res);
    interaction(provider, accounts, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(error instanceof Error ? error.message : "interaction failed");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  return {
    issuer,
    clientId,
    clientSecret,
    setAccount: (account) => accounts.set(account.sub, account),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** GET shows the login form; POST signs in as `login` and consents to the requested scopes, or cancels. */
async function interaction(
  provider: Provider,
  accounts: Map<string, TestOidcAccount>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method !== "POST") return sendForm(res, details.uid, null);
  const form = new URLSearchParams(await readBody(req));
  if (form.has("cancel")) {
    return provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "The person cancelled the sign-in" },
      { mergeWithLastSubmission: false },
    );
  }
  const accountId = details.prompt.name === "login" ? (form.get("login") ?? "") : details.session?.accountId;
  if (!accountId || !accounts.has(accountId)) return sendForm(res, details.uid, "Ukjent brukernavn.");
  const clientId = String(details.params.client_id);
  const grant = details.grantId
    ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId }))
    : new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

function sendForm(res: ServerResponse, uid: string, error: string | null): void {
  const alert = error ? `<p role="alert" id="login-error">${error}</p>` : "";
  const describedBy = error ? ' aria-describedby="login-error" aria-invalid="true"' : "";
  res.statusCode = error ? 400 : 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(`<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Logg inn – Test-ID</title></head>
<body>
<main>
<h1>Logg inn hos Test-ID</h1>
<form method="post" action="/interaction/${encodeURIComponent(uid)}">
${alert}
<p><label for="login">Brukernavn</label><br><input id="login" name="login" autocomplete="username" required${describedBy}></p>
<p><button type="submit">Logg inn</button> <button type="submit" name="cancel" value="1" formnovalidate>Avbryt</button></p>
</form>
</main>
</body>
</html>`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** oidc-provider's storage, in memory per provider; an own adapter keeps its "development only" warning quiet. */
function memoryAdapter(): AdapterFactory {
  const store = new Map<string, { payload: AdapterPayload; expiresAt: number | null }>();
  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    const find = async (id: string) => {
      const entry = store.get(key(id));
      if (entry?.expiresAt && entry.expiresAt <= Date.now()) store.delete(key(id));
      return store.get(key(id))?.payload;
    };
    const findBy = (field: "uid" | "userCode", value: string) => {
      for (const [stored, entry] of store) {
        if (stored.startsWith(`${model}:`) && entry.payload[field] === value)
          return find(stored.slice(model.length + 1));
      }
      return Promise.resolve(undefined);
    };
    return {
      upsert: async (id, payload, expiresIn) => {
        store.set(key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null });
      },
      find,
      findByUid: (uid) => findBy("uid", uid),
      findByUserCode: (userCode) => findBy("userCode", userCode),
      consume: async (id) => {
        const entry = store.get(key(id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        store.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const [stored, entry] of store) if (entry.payload.grantId === grantId) store.delete(stored);
      },
    };
  };
}
