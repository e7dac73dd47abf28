"""Qt models that adapt the services' frozen rows for the views; they hold no logic of their own."""
