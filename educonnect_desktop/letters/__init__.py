"""Notification letters: what a letter says (`data`) and how it is printed (`pdf`, Qt).

Nothing is imported here, so services can use `letters.data` without loading Qt.
"""
