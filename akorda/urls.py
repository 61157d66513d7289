"""Root URLs: unprefixed service routes, then language-prefixed pages (/kk/, /ru/, /en/)."""
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

APPS = ["core", "press", "regions", "records", "oversight", "api"]

urlpatterns: list[URLPattern | URLResolver] = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    *[path("", include(f"akorda.{app}.urls")) for app in APPS],
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    *[path("", include(f"akorda.{app}.urls_i18n")) for app in APPS],
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
