"""Serves a WSGI app on 127.0.0.1 (an ephemeral port) and prints the READY line the suite waits
for: `READY {"port": …, "version": …}`."""
import json
from wsgiref.simple_server import WSGIRequestHandler, make_server


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def serve(app, version):
    server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
    print("READY " + json.dumps({"port": server.server_port, "version": version}), flush=True)
    server.serve_forever()
