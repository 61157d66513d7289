from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "akorda.press"
    label = "press"
