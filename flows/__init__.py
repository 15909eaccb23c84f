"""flows: see DESIGN.md."""
