"""cancelcheck: can a person delete their account, in how many steps, against what obstruction.

    from cancelcheck import audit
    result = audit("apps/fair-en.yaml")      # result.journey.outcome, .path_steps, .out_dir
"""
__version__ = "0.1.0"
__all__ = ["audit"]


def __getattr__(name):          # imported on first use: `import cancelcheck` stays light
    if name == "audit":
        from .api import audit
        return audit
    raise AttributeError(name)
