"""The Sujarit application: command line and Qt desktop GUI."""
