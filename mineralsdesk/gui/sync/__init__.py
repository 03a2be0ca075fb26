"""Delegation sync in the app: the Sync… dialog, the Conflicts screen and the dashboard's "last synced" card."""
