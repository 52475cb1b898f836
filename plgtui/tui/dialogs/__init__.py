"""The modal forms and questions: each asks for something and gives it back to its screen."""
