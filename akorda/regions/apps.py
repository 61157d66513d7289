from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "akorda.regions"
    label = "regions"
