from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "akorda.core"
    label = "core"

    def ready(self) -> None:
        from akorda.core import sitecache

        # A Site, Locale, view restriction, the site identity (created, edited or deleted: pages
        # show its defaults until a row exists) or the emblem image bump ``site``: every cached
        # page and the per-request snapshot (akorda.core.sitecache).
        sitecache.connect()
