"""Pyramid 2: HTTP exceptions as WebOb renders them (JSON when the client accepts JSON, HTML
otherwise), the default not-found view and an unhandled exception."""
import re
from importlib.metadata import version as dist_version

from pyramid.config import Configurator
from pyramid.httpexceptions import (
    HTTPBadRequest,
    HTTPForbidden,
    HTTPTooManyRequests,
    HTTPUnauthorized,
    HTTPUnprocessableEntity,
)
from wsgi_ready import serve


def order_failure(order):
    """The broken order checked by hand: the first failure, as a sentence."""
    if not re.match(r"^[^@\s]+@[^@\s]+$", str(order.get("email", ""))):
        return "email must be a valid email address"
    if not order.get("address", {}).get("city"):
        return "address.city is required"
    for index, item in enumerate(order.get("items", [])):
        if not item.get("qty", 0) >= 1:
            return f"items[{index}].qty must be at least 1"
    return None


def orders(request):
    failure = order_failure(request.json_body)
    if failure:
        raise HTTPBadRequest(failure)
    return {}


def orders_422(request):
    failure = order_failure(request.json_body)
    if failure:
        raise HTTPUnprocessableEntity(failure)
    return {}


def me(request):
    raise HTTPUnauthorized("Sign in to continue", headers={"WWW-Authenticate": 'Bearer realm="errorkit"'})


def admin(request):
    raise HTTPForbidden("You may not see this page")


def limited(request):
    raise HTTPTooManyRequests("Too many searches. Try again in a minute.", headers={"Retry-After": "60"})


def crash(request):
    raise RuntimeError("boom")


with Configurator() as config:
    for name, path, view in [
        ("orders", "/orders", orders),
        ("orders_422", "/orders-422", orders_422),
        ("me", "/me", me),
        ("admin", "/admin", admin),
        ("limited", "/limited", limited),
        ("crash", "/crash", crash),
    ]:
        config.add_route(name, path)
        config.add_view(view, route_name=name, renderer="json")
    app = config.make_wsgi_app()


if __name__ == "__main__":
    serve(app, f"pyramid {dist_version('pyramid')}, webob {dist_version('webob')}")
