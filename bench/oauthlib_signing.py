#!/usr/bin/python3
"""Measures python3-oauthlib signing the same request as bench_signing, for a baseline.

Usage: oauthlib_signing.py [SIGNATURES_PER_ROUND] [ROUNDS]. Prints one JSON object.
"""
import json
import statistics
import sys
import time

from oauthlib.oauth1 import SIGNATURE_HMAC_SHA256, Client

URL = "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/record/v1/customer?limit=1"


def main():
    per_round = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    # A client per request, as oauthlib's nonce and timestamp are fixed per client otherwise.
    make_client = lambda: Client(  # noqa: E731
        "ef40afdd8abaac111b13825dd5e5e2ddddb44f86d5a0dd6dcf38c20aae6b67e4",
        client_secret="d26ad321a4b2f23b0741c8d38392ce01c3e23e109df6c96eac6d099e9ab9e8b5",
        resource_owner_key="2b0ce516420110bcbd36b69e99196d1b7f6de3c6234c5afb799b73d87569f5cc",
        resource_owner_secret="c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295",
        signature_method=SIGNATURE_HMAC_SHA256,
        realm="1234567_SB1",
    )
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(per_round):
            make_client().sign(URL, http_method="GET")
        rates.append(per_round / (time.perf_counter() - start))
    median = statistics.median(rates)
    print(json.dumps({
        "implementation": "python3-oauthlib",
        "signatures_per_second": median,
        "microseconds_per_signature": 1e6 / median,
        "rounds": rounds,
        "signatures_per_round": per_round,
    }))


if __name__ == "__main__":
    main()
