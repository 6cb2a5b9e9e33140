"""Maintenance scripts: table builders, case generators and the dev-corpus report
(``python -m tools.measure dev``)."""
