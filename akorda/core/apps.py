from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "akorda.core"
    label = "core"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from akorda.core.cache import invalidate
        from akorda.core.models import SiteIdentity

        def on_identity_saved(sender, instance, created=False, **kwargs) -> None:
            # The header and titles of every page. A row created on first use holds
            # the defaults pages were already rendered with (for_request creates it).
            if not created:
                invalidate("site")

        post_save.connect(on_identity_saved, sender=SiteIdentity, dispatch_uid="core.cache.identity", weak=False)
