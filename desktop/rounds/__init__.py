"""The reporting side of the main window: rounds, their progress, summary and charts."""
