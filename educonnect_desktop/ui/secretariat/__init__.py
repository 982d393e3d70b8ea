"""The secretariat workspace: staff login and lock, accounts, messages, audit log, staff."""
