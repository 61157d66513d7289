from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "akorda.oversight"
    label = "oversight"
