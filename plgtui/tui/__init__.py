"""The Textual interface: the app, its screens and widgets, and the glue to Textual."""
