"""Django REST Framework: serializer errors, non_field_errors, 401/403/404 and a throttled 429."""
import json
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="conformance-only",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"],
    DATABASES={},
    REST_FRAMEWORK={"UNAUTHENTICATED_USER": None},
)
django.setup()

import rest_framework  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import permissions, serializers  # noqa: E402
from rest_framework.authentication import TokenAuthentication  # noqa: E402
from rest_framework.exceptions import NotFound  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.throttling import AnonRateThrottle  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class AddressSerializer(serializers.Serializer):
    street = serializers.CharField()
    city = serializers.CharField()


class ItemSerializer(serializers.Serializer):
    sku = serializers.CharField()
    qty = serializers.IntegerField(min_value=1)


class OrderSerializer(serializers.Serializer):
    email = serializers.EmailField()
    address = AddressSerializer()
    items = ItemSerializer(many=True)


class SignupSerializer(serializers.Serializer):
    password = serializers.CharField()
    confirm = serializers.CharField()

    def validate(self, data):
        if data["password"] != data["confirm"]:
            raise serializers.ValidationError("Passwords do not match.")
        return data


class Open(APIView):
    authentication_classes = []
    permission_classes = []


class Orders(Open):
    def post(self, request):
        OrderSerializer(data=request.data).is_valid(raise_exception=True)
        return Response(status=201)


class Items(Open):
    def post(self, request):
        ItemSerializer(data=request.data, many=True).is_valid(raise_exception=True)
        return Response(status=201)


class Signup(Open):
    def post(self, request):
        SignupSerializer(data=request.data).is_valid(raise_exception=True)
        return Response(status=201)


class Me(APIView):
    authentication_classes = [TokenAuthentication]
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request):
        return Response({})


class Deny(permissions.BasePermission):
    def has_permission(self, request, view):
        return False


class Admin(Open):
    permission_classes = [Deny]

    def get(self, request):
        return Response({})


class Item(Open):
    def get(self, request, pk):
        raise NotFound()


class OneAMinute(AnonRateThrottle):
    rate = "1/min"


class Search(Open):
    throttle_classes = [OneAMinute]

    def get(self, request):
        return Response([])


urlpatterns = [
    path("orders", Orders.as_view()),
    path("signup", Signup.as_view()),
    path("items", Items.as_view()),
    path("me", Me.as_view()),
    path("admin", Admin.as_view()),
    path("items/<int:pk>", Item.as_view()),
    path("search", Search.as_view()),
]


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=Quiet)
    version = f"djangorestframework {rest_framework.VERSION}, django {django.get_version()}"
    print("READY " + json.dumps({"port": server.server_port, "version": version}), flush=True)
    sys.stdout.flush()
    server.serve_forever()
