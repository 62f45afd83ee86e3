#!/usr/bin/python3
"""A stand-in registry for one error path only: basic authentication. Apicurio as
scripts/registry runs it has no authentication, so this answers GET /subjects with []
to the credentials ops:pw and with Confluent's 401 body to anything else.

  auth_registry.py [--tls CERT KEY] PORT_FILE
      listens on a free loopback port, writes it to PORT_FILE, and exits after 60 s
      without requests. --tls serves HTTPS with that certificate and key (PEM), for the
      test that schema.registry.ssl.ca.location reaches the HTTP client.
"""
import argparse
import base64
import http.server
import json
import os
import ssl

GOOD = "Basic " + base64.b64encode(b"ops:pw").decode()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("Authorization") == GOOD:
            status, body = 200, []
        else:
            status, body = 401, {"error_code": 40101, "message": "Unauthorized: bad credentials"}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.schemaregistry.v1+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class Server(http.server.HTTPServer):
    idle = False

    def handle_timeout(self):
        self.idle = True


parser = argparse.ArgumentParser()
parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
parser.add_argument("port_file")
args = parser.parse_args()
server = Server(("127.0.0.1", 0), Handler)
server.timeout = 60
if args.tls:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*args.tls)
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(args.port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(args.port_file + ".tmp", args.port_file)
while not server.idle:
    server.handle_request()
