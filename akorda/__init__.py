"""Akorda: the official website, its release record and regional oversight."""
