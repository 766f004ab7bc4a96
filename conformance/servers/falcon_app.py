"""Falcon 3: its jsonschema media validator, HTTPError subclasses and default error answers."""
import json
from importlib.metadata import version as dist_version

import falcon
from falcon.media.validators import jsonschema
from wsgi_ready import serve

with open(__file__.replace("falcon_app.py", "order_schema.json"), encoding="utf-8") as file:
    ORDER_SCHEMA = json.load(file)


class Orders:
    @jsonschema.validate(ORDER_SCHEMA)
    def on_post(self, req, resp):
        resp.status = falcon.HTTP_201


class Me:
    def on_get(self, req, resp):
        raise falcon.HTTPUnauthorized(
            title="Authentication required",
            description="Sign in to continue",
            challenges=['Bearer realm="errorkit"'],
        )


class Admin:
    def on_get(self, req, resp):
        raise falcon.HTTPForbidden(description="You may not see this page")


class Item:
    def on_get(self, req, resp, item_id):
        raise falcon.HTTPNotFound(description=f"Item {item_id} does not exist")


class Crash:
    def on_get(self, req, resp):
        raise RuntimeError("boom")


class Limited:
    def on_get(self, req, resp):
        raise falcon.HTTPTooManyRequests(
            description="Too many searches. Try again in a minute.", retry_after=60
        )


class Parsed:
    def on_post(self, req, resp):
        req.get_media()
        resp.status = falcon.HTTP_201


app = falcon.App()
app.add_route("/orders", Orders())
app.add_route("/parsed", Parsed())
app.add_route("/me", Me())
app.add_route("/admin", Admin())
app.add_route("/items/{item_id}", Item())
app.add_route("/crash", Crash())
app.add_route("/limited", Limited())


if __name__ == "__main__":
    serve(app, f"falcon {falcon.__version__}, jsonschema {dist_version('jsonschema')}")
