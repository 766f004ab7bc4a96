"""Flask + webargs/marshmallow: location-keyed errors, nested and list fields, _schema."""
from importlib.metadata import version as dist_version

import webargs
from flask import Flask, jsonify
from marshmallow import Schema, ValidationError, fields, validate, validates_schema
from webargs.flaskparser import use_args
from wsgi_ready import serve

app = Flask(__name__)


class AddressSchema(Schema):
    street = fields.Str(required=True)
    city = fields.Str(required=True)


class ItemSchema(Schema):
    sku = fields.Str(required=True)
    qty = fields.Int(required=True, validate=validate.Range(min=1))


class OrderSchema(Schema):
    email = fields.Email(required=True)
    address = fields.Nested(AddressSchema, required=True)
    items = fields.List(fields.Nested(ItemSchema), required=True)


class SignupSchema(Schema):
    password = fields.Str(required=True)
    confirm = fields.Str(required=True)

    @validates_schema
    def passwords_match(self, data, **kwargs):
        if data["password"] != data["confirm"]:
            raise ValidationError("Passwords do not match.")


@app.post("/orders")
@use_args(OrderSchema(), location="json")
def create_order(args):
    return jsonify(args), 201


@app.post("/signup")
@use_args(SignupSchema(), location="json")
def signup(args):
    return jsonify({}), 201


@app.get("/search")
@use_args({"limit": fields.Int(required=True), "q": fields.Str(required=True)}, location="query")
def search(args):
    return jsonify([])


# The error handler webargs documents for Flask: the messages, keyed by location, as JSON.
@app.errorhandler(422)
@app.errorhandler(400)
def handle_error(err):
    messages = err.data.get("messages", ["Invalid request."])
    return jsonify({"errors": messages}), err.code, err.data.get("headers") or {}


if __name__ == "__main__":
    marshmallow = dist_version("marshmallow")
    serve(app, f"flask {dist_version('flask')}, webargs {webargs.__version__}, marshmallow {marshmallow}")
