"""Production: everything from the environment, nothing insecure by default."""
from .base import *  # noqa: F403
from .base import env

SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 0)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", False)
