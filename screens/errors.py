"""Errors the screen model raises; each prints as one line naming the source."""


class ScreenParseError(ValueError):
    """A dump or page source could not be read. str() is one line: where, then what."""

    def __init__(self, where: str, message: str, line: int | None = None,
                 column: int | None = None):
        self.where, self.message, self.line, self.column = where, message, line, column
        loc = where
        if line is not None:
            loc += f":{line}"
            if column is not None:
                loc += f":{column}"
        super().__init__(f"{loc}: {message}")
