"""Wizard navigation as plain Python: which page comes next, tested without widgets.

A QWizard holds one flow; its `nextId()` asks `flow.next_page(current)`, and a page
tells the flow what the services answered. Pages only render and collect input.
"""
