"""The base classes that screens and forms derive from."""
