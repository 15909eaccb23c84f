"""evidence: see DESIGN.md."""
