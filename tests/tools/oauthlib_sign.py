#!/usr/bin/python3
"""Signs requests with python3-oauthlib, an OAuth 1.0a implementation that is not ours.

Reads a JSON array of requests on standard input, each with the keys method, url, consumer_key,
consumer_secret, token, token_secret, nonce, timestamp and realm. Writes a JSON array with one
object per request: base_string, signature (Base64) and authorization (the header value).
Run it with Debian's /usr/bin/python3, which has python3-oauthlib.
"""
import json
import sys
import urllib.parse

from oauthlib.oauth1 import SIGNATURE_HMAC_SHA256, SIGNATURE_TYPE_AUTH_HEADER, Client
from oauthlib.oauth1.rfc5849 import signature


def sign(request):
    client = Client(
        request["consumer_key"],
        client_secret=request["consumer_secret"],
        resource_owner_key=request["token"],
        resource_owner_secret=request["token_secret"],
        signature_method=SIGNATURE_HMAC_SHA256,
        signature_type=SIGNATURE_TYPE_AUTH_HEADER,
        realm=request["realm"],
        nonce=request["nonce"],
        timestamp=request["timestamp"],
    )
    _, headers, _ = client.sign(request["url"], http_method=request["method"])
    authorization = headers["Authorization"]

    # Rebuild the base string from what oauthlib put in the header, with its own functions.
    query = urllib.parse.urlparse(request["url"]).query
    parameters = signature.collect_parameters(
        uri_query=query, headers={"Authorization": authorization}, with_realm=False
    )
    base_string = signature.signature_base_string(
        request["method"].upper(),
        signature.base_string_uri(request["url"]),
        signature.normalize_parameters(parameters),
    )
    signed = dict(signature.collect_parameters(
        headers={"Authorization": authorization}, exclude_oauth_signature=False))
    return {
        "base_string": base_string,
        "signature": signed["oauth_signature"],
        "authorization": authorization,
    }


def main():
    requests = json.load(sys.stdin)
    json.dump([sign(request) for request in requests], sys.stdout)


if __name__ == "__main__":
    main()
