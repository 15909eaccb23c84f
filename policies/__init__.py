"""policies: see DESIGN.md."""
