"""cancelcheck: can a person delete their account, in how many steps, against what obstruction."""
__version__ = "0.1.0"
