"""The académie's central server: FastAPI over PostgreSQL (docs/sync.md).

Never imports Qt, `ui/` or the workstation's `store/`: it shares only `core/` (the rules) and
`protocol/` (the wire types) with the workstation.
"""
