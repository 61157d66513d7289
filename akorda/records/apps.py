from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "akorda.records"
    label = "records"
