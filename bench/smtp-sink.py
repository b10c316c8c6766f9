#!/usr/bin/env python3
"""A local SMTP server that accepts every message and throws it away, counting them (benchmarks only)."""
import asyncore
import smtpd
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):
    received = 0

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        Sink.received += 1
        return None


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 2525
    Sink(("127.0.0.1", port), None, decode_data=False)
    asyncore.loop()
