"""Opening, creating, recovering and restoring a log file."""
