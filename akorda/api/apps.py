from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "akorda.api"
    label = "api"
