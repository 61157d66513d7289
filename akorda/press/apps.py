from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "akorda.press"
    label = "press"

    def ready(self) -> None:
        from akorda.press import caching, reindex

        caching.connect()
        reindex.connect()
