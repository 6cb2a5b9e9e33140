"""Built-in check families, one module each.

Every module here lists its check classes in a module-level ``CHECKS`` tuple; the registry
imports them all and orders them by rule code. Word lists and templates live in ``seedlint/data``.
"""
