"""A small OpenID Connect provider for the login tests (not a test module): what Entra ID does for
the municipality, on a free port of this machine. Discovery, a sign-in form (the user types an
email, as at the municipality's sign-in page), the authorization code flow with the client's
secret, and RS256-signed id tokens carrying the nonce, the audience and the email.

Streamlit's own `st.login` (Authlib) talks to it exactly as it would to login.microsoftonline.com:
nothing of the dashboard is replaced."""

from __future__ import annotations

import base64
import contextlib
import html
import json
import secrets
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

from tests.browser import free_port

CLIENT_ID = "ns-dashboard"
CLIENT_SECRET = "hemmelig-test-klient"


class Provider:
    """The provider's state: its key, the codes handed out, and who signed in."""

    def __init__(self, port: int):
        self.issuer = f"http://127.0.0.1:{port}"
        self.key = RSAKey.generate_key(2048, parameters={"kid": "ns-test-1", "use": "sig"})
        self.codes: dict[str, dict] = {}
        self.signed_in: list[str] = []

    def metadata(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "profile", "email"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "claims_supported": ["sub", "email", "name"],
        }

    def id_token(self, grant: dict) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": grant["email"],
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 600,
            "nonce": grant["nonce"],
            "email": grant["email"],
            "name": grant["email"].split("@")[0],
        }
        return jwt.encode({"alg": "RS256", "kid": "ns-test-1"}, claims, self.key)


_FORM = """<!doctype html><html lang="da"><body><h1>Albertslund Kommune: log ind</h1>
<form method="post" action="/authorize">{hidden}
<label>E-mail <input name="email" type="email"></label><button type="submit">Log ind</button>
</form></body></html>"""


def _handler(provider: Provider):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet: the test reads the dashboard's log
            pass

        def _json(self, body: dict, status: int = 200) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _form(self) -> dict[str, str]:
            length = int(self.headers.get("Content-Length") or 0)
            fields = parse_qs(self.rfile.read(length).decode())
            return {k: v[0] for k, v in fields.items()}

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/.well-known/openid-configuration":
                return self._json(provider.metadata())
            if url.path == "/jwks":
                return self._json({"keys": [provider.key.as_dict(private=False)]})
            if url.path == "/authorize":
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if query.get("client_id") != CLIENT_ID:
                    return self._json({"error": "unauthorized_client"}, 400)
                hidden = "".join(
                    f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                    for k, v in query.items()
                )
                page = _FORM.format(hidden=hidden).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(page)
                return None
            return self._json({"error": "not_found"}, 404)

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            form = self._form()
            if url.path == "/authorize":  # the user signed in: back to the app with a code
                code = secrets.token_urlsafe(16)
                provider.codes[code] = {
                    "email": form["email"],
                    "nonce": form.get("nonce", ""),
                    "redirect_uri": form["redirect_uri"],
                }
                provider.signed_in.append(form["email"])
                target = (
                    form["redirect_uri"]
                    + "?"
                    + urlencode({"code": code, "state": form.get("state", "")})
                )
                self.send_response(302)
                self.send_header("Location", target)
                self.end_headers()
                return None
            if url.path == "/token":
                client = _client(self.headers.get("Authorization"), form)
                grant = provider.codes.pop(form.get("code", ""), None)
                if client != (CLIENT_ID, CLIENT_SECRET):
                    return self._json({"error": "invalid_client"}, 401)
                if grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
                    return self._json({"error": "invalid_grant"}, 400)
                return self._json(
                    {
                        "access_token": secrets.token_urlsafe(16),
                        "token_type": "Bearer",
                        "expires_in": 600,
                        "id_token": provider.id_token(grant),
                    }
                )
            return self._json({"error": "not_found"}, 404)

    return Handler


def _client(authorization: str | None, form: dict) -> tuple[str, str]:
    """The client's id and secret, from HTTP Basic or the form (client_secret_post)."""
    if authorization and authorization.startswith("Basic "):
        decoded = base64.b64decode(authorization[6:]).decode()
        name, _, secret = decoded.partition(":")
        return name, secret
    return form.get("client_id", ""), form.get("client_secret", "")


@contextlib.contextmanager
def provider() -> Iterator[Provider]:
    """The provider, serving on a free port until the block ends."""
    port = free_port()
    state = Provider(port)
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def secrets_toml(provider: Provider, app_port: int) -> str:
    """The dashboard's [auth] section for this provider (as README shows for Entra ID)."""
    return f"""[auth]
redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"
cookie_secret = "{secrets.token_hex(16)}"
client_id = "{CLIENT_ID}"
client_secret = "{CLIENT_SECRET}"
server_metadata_url = "{provider.issuer}/.well-known/openid-configuration"
"""
