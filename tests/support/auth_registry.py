#!/usr/bin/python3
"""A stand-in registry for one error path only: basic authentication. Apicurio as
scripts/registry runs it has no authentication, so this answers GET /subjects with []
to the credentials ops:pw and with Confluent's 401 body to anything else.

  auth_registry.py PORT_FILE    listens on a free loopback port, writes it to PORT_FILE,
                                and exits after 60 s without requests.
"""
import base64
import http.server
import json
import os
import sys

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


server = Server(("127.0.0.1", 0), Handler)
server.timeout = 60
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
while not server.idle:
    server.handle_request()
