#!/usr/bin/python3
"""A NetSuite REST emulator for tests and demos: HTTPS on 127.0.0.1, Token-Based Authentication
checked with python3-oauthlib (an implementation that is not ours), and NetSuite's behaviour:

- the same 401 INVALID_LOGIN body for every authentication failure, with the real cause kept in a
  Login Audit Trail (in the state file);
- the realm compared exactly, HMAC-SHA256 only, timestamps within 5 minutes of its clock, each
  nonce and timestamp pair accepted once, a Date header on every response;
- 403 INSUFFICIENT_PERMISSION naming the permission, 429 over a concurrency limit;
- a session cookie on every response, and 401 for a request that carries a cookie together with
  an Authorization header ("Ambiguous authentication").

Run it with Debian's /usr/bin/python3. Standalone:

    tests/emulator/netsuite_emulator.py

prints the base URL, the CA file to trust and the credentials it accepts, and serves until Ctrl-C.
Tests pass --ready-json (one JSON line on standard output once it listens), --state-file and
--config with a JSON object of the settings in DEFAULTS below.
"""
import argparse
import email.utils
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from oauthlib.common import Request
from oauthlib.oauth1.rfc5849 import signature, utils

ACCOUNT = "1234567_SB1"
CREDENTIALS = {
    "consumer_key": "ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4",
    "consumer_secret": "d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5",
    "token_id": "2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc",
    "token_secret": "c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295",
}

DEFAULTS = {
    "account": ACCOUNT,
    "clock_offset_seconds": 0,      # the emulator's clock minus the real one
    "delay_ms": 0,                  # added before every response
    "concurrency_limit": 5,         # requests in flight at once before 429; 0 for no limit
    "missing_permissions": [],      # record types, or "suiteql", the role lacks
    "revoked": False,               # the token was revoked
    "blocked": False,               # the integration record's State is Blocked
    "feature_disabled": False,      # the Token-Based Authentication feature is off
    "lookup": "found",              # found, not-found, unavailable, error or no-https
    "login_error": None,            # {"status": 400, "code": "INVALID_HEADER", "detail": "..."}
    "redirect": None,               # "other-host" or "same-host": the login returns a redirect
    "huge_body_bytes": 0,           # the login's 200 response has this many bytes
    "company_language": "en",       # Accept-Language other than this (or "*") gives 400
}

LOGIN_FAILED = {
    "type": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2",
    "title": "Unauthorized",
    "status": 401,
    "o:errorDetails": [{
        "detail": "Invalid login attempt. For more details, see the Login Audit Trail in the "
                  "NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",
        "o:errorCode": "INVALID_LOGIN",
    }],
}

RECORD_PERMISSIONS = {
    "customer": "Lists -> Customers",
    "contact": "Lists -> Contacts",
    "currency": "Lists -> Currency",
    "inventoryItem": "Lists -> Items",
    "salesOrder": "Transactions -> Sales Order",
    "itemFulfillment": "Transactions -> Item Fulfillment",
    "returnAuthorization": "Transactions -> Return Authorization",
}


def error_body(status, title, code, detail):
    return {"type": "https://www.rfc-editor.org/rfc/rfc9110.html", "title": title,
            "status": status, "o:errorDetails": [{"detail": detail, "o:errorCode": code}]}


def make_certificates(directory, mode):
    """Makes a CA and a server certificate with openssl. mode: ca, self-signed, expired or
    wrong-host. Returns (certificate chain file, key file, CA file to trust)."""
    def run(*arguments):
        subprocess.run(["openssl", *arguments], check=True, capture_output=True, cwd=directory)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    hosts = "DNS:wrong-host.invalid" if mode == "wrong-host" else \
        "IP:127.0.0.1,IP:127.0.0.2,DNS:localhost"
    if mode == "self-signed":
        run("req", "-x509", *ec, "-sha256", "-days", "2", "-keyout", "server.key",
            "-out", "server.pem", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=" + hosts)
        return (os.path.join(directory, "server.pem"), os.path.join(directory, "server.key"),
                os.path.join(directory, "server.pem"))

    run("req", "-x509", *ec, "-sha256", "-days", "2", "-keyout", "ca.key", "-out", "ca.pem",
        "-subj", "/CN=NetSuite emulator test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    # Qt also matches the common name, so the wrong-host certificate names the wrong host there too.
    common_name = "wrong-host.invalid" if mode == "wrong-host" else "127.0.0.1"
    run("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=" + common_name)
    with open(os.path.join(directory, "index.txt"), "w"):
        pass
    with open(os.path.join(directory, "serial"), "w") as serial:
        serial.write("1000\n")
    with open(os.path.join(directory, "ca.cnf"), "w") as config:
        config.write(f"""[ca]
default_ca = emulator
[emulator]
database = {directory}/index.txt
new_certs_dir = {directory}
serial = {directory}/serial
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
[server]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = {hosts}
""")
    now = time.time()
    if mode == "expired":
        start, end = now - 3 * 86400, now - 86400
    else:
        start, end = now - 3600, now + 2 * 86400
    stamp = lambda t: time.strftime("%Y%m%d%H%M%SZ", time.gmtime(t))  # noqa: E731
    run("ca", "-batch", "-config", "ca.cnf", "-cert", "ca.pem", "-keyfile", "ca.key",
        "-in", "server.csr", "-out", "server.pem", "-extensions", "server", "-notext",
        "-startdate", stamp(start), "-enddate", stamp(end))
    return (os.path.join(directory, "server.pem"), os.path.join(directory, "server.key"),
            os.path.join(directory, "ca.pem"))


class State:
    """What the emulator saw, written to the state file after every request for the tests."""

    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.requests = []
        self.audit_trail = []
        self.used_nonces = set()
        self.huge_body_bytes_sent = 0

    def save(self):
        if not self.path:
            return
        data = {"max_in_flight": self.max_in_flight, "requests": self.requests,
                "audit_trail": self.audit_trail,
                "huge_body_bytes_sent": self.huge_body_bytes_sent}
        temporary = self.path + ".tmp"
        with open(temporary, "w") as file:
            json.dump(data, file)
        os.replace(temporary, self.path)


class Emulator:
    def __init__(self, config, state):
        self.config = config
        self.state = state
        self.base_url = None
        self.other_url = None

    def now(self):
        return time.time() + self.config["clock_offset_seconds"]


class TlsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, context, emulator, name):
        self.context = context
        self.emulator = emulator
        self.name = name
        super().__init__(address, handler)

    def finish_request(self, request, client_address):
        # The handshake runs in the request's thread, so a rejected certificate blocks no one.
        try:
            request = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        super().finish_request(request, client_address)

    def handle_error(self, request, client_address):
        pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "NetSuiteEmulator/1.0"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_response(self, code, message=None):
        # Saved before the response, so a client that has its response finds its request recorded.
        with self.emulator.state.lock:
            self.emulator.state.save()
        super().send_response(code, message)

    def date_time_string(self, timestamp=None):
        return email.utils.formatdate(self.server.emulator.now(), usegmt=True)

    @property
    def emulator(self):
        return self.server.emulator

    @property
    def config(self):
        return self.server.emulator.config

    def send_json(self, status, body, extra_headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.oracle.resource+json; type=error"
                         if status >= 400 else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Set-Cookie", "JSESSIONID=emulator-session; Path=/; Secure; HttpOnly")
        for name, value in extra_headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802 - http.server's name
        self.handle_any()

    def do_POST(self):  # noqa: N802
        self.handle_any()

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(min(length, 1 << 20))
        state = self.emulator.state
        entry = {"server": self.server.name, "method": self.command,
                 "path": urllib.parse.urlsplit(self.path).path,
                 "query": urllib.parse.urlsplit(self.path).query,
                 "authorization": "Authorization" in self.headers,
                 "cookie": "Cookie" in self.headers,
                 "accept_language": self.headers.get("Accept-Language")}
        with state.lock:
            state.requests.append(entry)
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
            in_flight = state.in_flight
        try:
            delay = self.config["delay_ms"] / 1000.0
            if delay:
                time.sleep(delay)
            self.route(in_flight)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            self.close_connection = True
        finally:
            with state.lock:
                state.in_flight -= 1
                state.save()

    def route(self, in_flight):
        url = urllib.parse.urlsplit(self.path)
        if self.server.name == "other":
            self.send_json(200, {"note": "the other host"})
            return
        if url.path == "/rest/datacenterurls":
            self.lookup(url)
            return
        if not url.path.startswith("/services/rest/"):
            self.send_json(404, error_body(404, "Not Found", "NONEXISTENT_ID", "Not found."))
            return
        limit = self.config["concurrency_limit"]
        if limit and in_flight > limit:
            self.send_json(429, error_body(429, "Too Many Requests", "CONCURRENCY_LIMIT_EXCEEDED",
                                           "Concurrent request limit exceeded. Request blocked."))
            return
        if "Authorization" not in self.headers:
            self.send_json(401, LOGIN_FAILED)
            return
        detail = self.authenticate(url)
        with self.emulator.state.lock:
            self.emulator.state.audit_trail.append(
                {"detail": detail, "path": url.path, "server": self.server.name})
        if detail != "Success":
            self.send_json(401, LOGIN_FAILED)
            return
        language = self.headers.get("Accept-Language")
        if language and language != "*" and \
                not language.lower().startswith(self.config["company_language"]):
            self.send_json(400, error_body(400, "Bad Request", "INVALID_HEADER",
                                           f"Invalid Accept-Language header value: {language}."))
            return
        self.resource(url)

    def lookup(self, url):
        query = dict(urllib.parse.parse_qsl(url.query))
        mode = self.config["lookup"]
        if mode == "unavailable":
            self.send_json(503, {"error": {"code": "SERVICE_UNAVAILABLE",
                                           "message": "Service Unavailable"}})
        elif mode == "error":
            self.send_json(500, {"error": {"code": "UNEXPECTED_ERROR",
                                           "message": "An unexpected error occurred."}})
        elif mode == "no-https":
            base = self.emulator.base_url.replace("https://", "http://", 1)
            self.send_json(200, {"restDomain": base, "webservicesDomain": base,
                                 "systemDomain": base})
        elif mode == "not-found" or query.get("account") != self.config["account"]:
            self.send_json(400, {"error": {"code": "INVALID_ACCOUNT",
                                           "message": "Invalid account ID."}})
        else:
            base = self.emulator.base_url
            self.send_json(200, {"restDomain": base, "webservicesDomain": base,
                                 "systemDomain": base})

    def authenticate(self, url):
        """Returns "Success" or the Login Audit Trail Detail value NetSuite would record."""
        header = self.headers.get("Authorization", "")
        if not header.startswith("OAuth "):
            return "MissingTokenPassportRequiredFields"
        if "Cookie" in self.headers:
            return "AmbiguousAuthentication"
        try:
            fields = {name: utils.unescape(value)
                      for name, value in utils.parse_authorization_header(header)}
        except (ValueError, IndexError):
            return "MissingTokenPassportRequiredFields"
        required = ("oauth_consumer_key", "oauth_token", "oauth_signature_method",
                    "oauth_timestamp", "oauth_nonce", "oauth_signature")
        if any(not fields.get(name) for name in required):
            return "MissingTokenPassportRequiredFields"
        if self.config["feature_disabled"]:
            return "FeatureDisabled"
        nonce = fields["oauth_nonce"]
        if len(nonce) < 6 or not nonce.isalnum():
            return "nonce_rejected"
        if fields["oauth_consumer_key"] != CREDENTIALS["consumer_key"]:
            return "consumer_key_unknown"
        if self.config["blocked"]:
            return "consumer_key_refused"
        if fields.get("realm") != self.config["account"]:
            return "InvalidSignature"
        if fields["oauth_signature_method"] != "HMAC-SHA256":
            return "InvalidSignature"
        try:
            timestamp = int(fields["oauth_timestamp"])
        except ValueError:
            return "InvalidTimestamp"
        if abs(timestamp - self.emulator.now()) > 300:
            return "InvalidTimestamp"
        if fields["oauth_token"] != CREDENTIALS["token_id"] or self.config["revoked"]:
            return "InvalidToken"
        host = self.headers.get("Host")
        request = Request(f"https://{host}{self.path}", http_method=self.command)
        request.params = signature.collect_parameters(
            uri_query=url.query, headers={"Authorization": header}, with_realm=False)
        request.signature = fields["oauth_signature"]
        if not signature.verify_hmac_sha256(request, CREDENTIALS["consumer_secret"],
                                            CREDENTIALS["token_secret"]):
            return "InvalidSignature"
        state = self.emulator.state
        with state.lock:
            if (nonce, timestamp) in state.used_nonces:
                return "NonceUsed"
            state.used_nonces.add((nonce, timestamp))
        return "Success"

    def resource(self, url):
        path = url.path[len("/services/rest/"):]
        query = dict(urllib.parse.parse_qsl(url.query))
        missing = self.config["missing_permissions"]
        if path == "record/v1/metadata-catalog":
            if self.config["login_error"]:
                error = self.config["login_error"]
                self.send_json(error["status"], error_body(
                    error["status"], error.get("title", "Error"), error["code"], error["detail"]))
                return
            redirect = self.config["redirect"]
            if redirect and "redirected" not in query:
                target = self.emulator.other_url if redirect == "other-host" else \
                    self.emulator.base_url
                location = f"{target}{url.path}?{url.query}&redirected=1"
                self.send_response(302)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.config["huge_body_bytes"]:
                self.send_huge(self.config["huge_body_bytes"])
                return
            self.send_json(200, {"items": [{"name": "customer", "links": []}]})
        elif path == "query/v1/suiteql":
            if self.command != "POST" or self.headers.get("Prefer") != "transient":
                self.send_json(400, error_body(400, "Bad Request", "INVALID_HEADER",
                                               "The Prefer header must be transient."))
            elif "suiteql" in missing:
                self.send_json(403, error_body(
                    403, "Forbidden", "INSUFFICIENT_PERMISSION",
                    "Permission Violation: You need the 'Reports -> SuiteAnalytics Workbook' "
                    "permission to access this page. Please contact your account administrator."))
            else:
                self.send_json(200, {"items": [{"id": "1"}], "count": 1, "hasMore": False})
        elif path.startswith("record/v1/") and path[len("record/v1/"):] in RECORD_PERMISSIONS:
            record = path[len("record/v1/"):]
            if record in missing:
                self.send_json(403, error_body(
                    403, "Forbidden", "INSUFFICIENT_PERMISSION",
                    f"Permission Violation: You need the '{RECORD_PERMISSIONS[record]}' permission "
                    "to access this page. Please contact your account administrator."))
            else:
                self.send_json(200, {"items": [{"id": "1"}], "count": 1, "hasMore": True})
        else:
            self.send_json(404, error_body(404, "Not Found", "NONEXISTENT_ID",
                                           "The record type does not exist."))

    def send_huge(self, size):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b" " * 65536
        sent = 0
        try:
            while sent < size:
                part = chunk[:min(len(chunk), size - sent)]
                self.wfile.write(part)
                sent += len(part)
        finally:
            with self.emulator.state.lock:
                self.emulator.state.huge_body_bytes_sent = sent


def serve(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


def main():
    parser = argparse.ArgumentParser(description="NetSuite REST emulator for tests and demos.")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any)")
    parser.add_argument("--config", default="{}", help="JSON object overriding DEFAULTS")
    parser.add_argument("--certificate", default="ca",
                        choices=["ca", "self-signed", "expired", "wrong-host"])
    parser.add_argument("--state-file", help="where to write what the emulator saw")
    parser.add_argument("--ready-json", action="store_true",
                        help="print one JSON line once listening, instead of text")
    arguments = parser.parse_args()

    config = dict(DEFAULTS)
    config.update(json.loads(arguments.config))
    state = State(arguments.state_file)
    emulator = Emulator(config, state)

    directory = tempfile.mkdtemp(prefix="netsuite-emulator-")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    chain, key, ca_file = make_certificates(directory, arguments.certificate)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, key)

    main_server = TlsServer(("127.0.0.1", arguments.port), Handler, context, emulator, "main")
    try:
        other_server = TlsServer(("127.0.0.2", 0), Handler, context, emulator, "other")
        other_host = "127.0.0.2"
    except OSError:
        other_server = TlsServer(("127.0.0.1", 0), Handler, context, emulator, "other")
        other_host = "localhost"
    emulator.base_url = f"https://127.0.0.1:{main_server.server_address[1]}"
    emulator.other_url = f"https://{other_host}:{other_server.server_address[1]}"
    state.save()
    serve(main_server)
    serve(other_server)

    ready = {"base_url": emulator.base_url, "lookup_url": emulator.base_url,
             "other_url": emulator.other_url, "ca_file": ca_file, "account": config["account"],
             "credentials": CREDENTIALS}
    if arguments.ready_json:
        print(json.dumps(ready), flush=True)
    else:
        print(f"""NetSuite emulator listening at {emulator.base_url}
Trust its CA file: {ca_file}
Account ID: {config['account']}
Credentials it accepts (paste into a shell):
  export NETSUITE_CONSUMER_KEY={CREDENTIALS['consumer_key']}
  export NETSUITE_CONSUMER_SECRET={CREDENTIALS['consumer_secret']}
  export NETSUITE_TOKEN_ID={CREDENTIALS['token_id']}
  export NETSUITE_TOKEN_SECRET={CREDENTIALS['token_secret']}
Then:
  netsuite-tba-wizard check --account {config['account']} --lookup-url {emulator.base_url} \\
      --ca-file {ca_file}
Press Ctrl-C to stop.""", flush=True)
    try:
        # Serve until interrupted, or until standard input closes when a test drives it.
        if arguments.ready_json:
            sys.stdin.read()
        else:
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    main_server.shutdown()
    other_server.shutdown()
    shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
