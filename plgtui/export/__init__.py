"""Markdown and HTML documents made from a journey, for members and school leaders. No Textual."""
