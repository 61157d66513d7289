from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "akorda.records"
    label = "records"
    verbose_name = "Release records"

    def ready(self) -> None:
        from akorda.records import caching
        from akorda.records.signals import connect

        connect()
        caching.connect()
