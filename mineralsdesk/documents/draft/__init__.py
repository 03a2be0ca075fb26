"""A negotiating draft read from a file (Word, Akoma Ntoso) into one neutral model, matched to a track, applied."""
