"""Workstation side of the sync with the académie's central server (docs/sync.md).

Optional: a workstation that was never enrolled works exactly as before. Never imports
`central/`; shares `protocol/` (wire types) with it.
"""
