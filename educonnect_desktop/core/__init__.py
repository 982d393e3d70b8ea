"""Pure domain rules: no Qt, no peewee, no I/O."""
