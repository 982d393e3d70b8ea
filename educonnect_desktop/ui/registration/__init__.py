"""Journey 1: a parent without an identifier creates an account by SMS code.

Also holds the pieces the legacy transition (`ui.legacy`) shares with it: the base
wizard that follows a flow, and the identifier, password and "done" pages.
"""
