"""Language-prefixed routes of this app (/kk/, /ru/, /en/)."""
urlpatterns: list = []
