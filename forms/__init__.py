"""Printed Thai forms (ReportLab): the text engine and one module per form. No Qt here."""
