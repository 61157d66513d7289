from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "akorda.core"
    label = "core"
