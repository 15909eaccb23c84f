"""Flow commands, one class each, looked up by name.

The registry is a dict, COMMANDS: verb → class. Adding a command is one class in one module
of this package (a module holds one small family: taps, fields, scrolling, assertions, …),
decorated with @command and imported below:

    class SwipeArgs(Shape):                      # the shape of its mapping argument (pydantic):
        unknown_key = "swipe has no key {key!r}; allowed: {allowed}"
        direction: Direction = "up"              # also its JSON Schema (flows/schema.py)

    @command
    class Swipe(Command):
        name, form, Args = "swipe", "optional-map", SwipeArgs
        def run(self, runner): ...               # act through runner.s (the Session)
        def steps(self) -> int: return 1         # user steps it takes (DESIGN.md)

`form` says how the argument may be written ("none", "selector", "map", "optional-map",
"map-or-text", "map-or-selector"); Command.parse checks the form, validates the mapping with
Args and reports the first mistake as FILE:LINE: key: message. The runner (flows/script.py)
calls `cmd.run(runner)`; the app config counts a sign-up flow with `cmd.steps()`; the JSON
Schema (`cancelcheck schema`) is built from the Args models.
"""
from . import app, assertions, explore, fields, scrolling, subflow, taps  # noqa: F401 (registers)
from .base import COMMANDS, Command, Shape, command, short
from .selector import SELECTOR_KEYS

__all__ = ["COMMANDS", "SELECTOR_KEYS", "Command", "Shape", "command", "short"]
