"""Printed Thai forms (ReportLab): the text engine and one module per form. No Qt here."""

from reportlab import rl_config

# Write compressed streams as binary rather than ASCII85: PDFs are smaller and ReportLab skips its
# pure-Python ASCII85 pass (about a sixth of the time of printing a long table).
rl_config.useA85 = 0
