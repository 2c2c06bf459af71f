"""A real SMTP server on loopback for the outbox test (Python 3.11's smtpd).

Usage: smtp_sink.py <folder>. Listens on a free port on 127.0.0.1, prints the
port on the first line, and writes every message it accepts to
<folder>/<n>.eml, with the envelope recipients on the first line.
"""

import os
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import asyncore  # noqa: E402  (removed in Python 3.12; this machine has 3.11)
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    count = 0

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        Sink.count += 1
        path = os.path.join(sys.argv[1], f"{Sink.count}.eml")
        with open(path + ".part", "wb") as out:
            out.write(("To: " + ",".join(rcpttos) + "\n").encode())
            out.write(data if isinstance(data, bytes) else data.encode())
        os.rename(path + ".part", path)
        return None


server = Sink(("127.0.0.1", 0), None, decode_data=False)
print(server.socket.getsockname()[1], flush=True)
asyncore.loop()
